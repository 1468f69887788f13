package com.commerceconnectors.sandbox.oauth1;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** RFC 5849 §3.4.1.1: {@code METHOD&encode(base string URI)&encode(normalised parameters)}. */
public final class SignatureBaseString {

    private SignatureBaseString() {
    }

    /**
     * @param httpMethod  the request method (upper-cased here)
     * @param baseUri     see {@link BaseStringUri}
     * @param parameters  every signed parameter, decoded, {@code oauth_signature} and {@code realm} already left out
     */
    public static String of(String httpMethod, String baseUri, Collection<OAuthParameter> parameters) {
        return httpMethod.toUpperCase(Locale.ROOT) + '&' + PercentEncoding.encode(baseUri) + '&'
                + PercentEncoding.encode(normalise(parameters));
    }

    /** RFC 5849 §3.4.1.3.2: encoded pairs sorted in byte order, joined with {@code =} and {@code &}. */
    public static String normalise(Collection<OAuthParameter> parameters) {
        return parameters.stream()
                .sorted(OAuthParameter.RFC_ORDER)
                .map(p -> PercentEncoding.encode(p.name()) + '=' + PercentEncoding.encode(p.value()))
                .collect(Collectors.joining("&"));
    }
}
