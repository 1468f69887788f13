package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;

import java.net.URI;

/** Request URIs below a platform's address. */
public final class ApiUris {

    private ApiUris() {
    }

    /**
     * {@code base/path[?query]}, the base's trailing slashes dropped.
     *
     * @param path  below the base, encoded, without a leading slash
     * @param query encoded, without its {@code ?}; {@code null} or empty when none
     * @throws ApiException (CONFIGURATION) naming the path when the result is not a valid URI (a raw path a route wrote)
     */
    public static URI below(URI base, String path, String query) {
        String b = base.toString();
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '/') {
            end--;
        }
        StringBuilder s = new StringBuilder(end + path.length() + 1).append(b, 0, end).append('/').append(path);
        if (query != null && !query.isEmpty()) {
            s.append('?').append(query);
        }
        try {
            return URI.create(s.toString());
        } catch (IllegalArgumentException e) {
            throw ApiException.configuration("The path '" + path + "' does not make a valid URL",
                    "Percent-encode special characters in raw paths and queries");
        }
    }
}
