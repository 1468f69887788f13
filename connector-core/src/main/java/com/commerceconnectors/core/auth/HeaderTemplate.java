package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;

import java.util.Optional;

/**
 * The header that carries a token and how its value is written, e.g. {@code Authorization: Bearer {token}}. Also
 * reads the token back out of a sent request, so a 401 can invalidate exactly the token that failed.
 *
 * @param name     the header name
 * @param template the value with one {@code {token}} placeholder
 */
public record HeaderTemplate(String name, String template) {

    public static final String TOKEN = "{token}";
    public static final HeaderTemplate BEARER = new HeaderTemplate("Authorization", "Bearer {token}");

    /** @throws ApiException (CONFIGURATION) for a header name that is not one, or a template without {@code {token}} */
    public HeaderTemplate {
        if (name == null || name.isBlank() || !name.chars().allMatch(HeaderTemplate::isTokenChar)) {
            throw ApiException.configuration("auth.header '" + name + "' is not a valid HTTP header name",
                    "Use a name such as Authorization or X-Auth-Token");
        }
        if (template == null || template.indexOf(TOKEN) < 0 || template.indexOf(TOKEN) != template.lastIndexOf(TOKEN)) {
            throw ApiException.configuration("auth.template must contain {token} exactly once",
                    "Write it like 'Bearer {token}'");
        }
        if (template.indexOf('\r') >= 0 || template.indexOf('\n') >= 0) {
            throw ApiException.configuration("auth.template contains a line break", "Write it on one line");
        }
    }

    public String render(Secret token) {
        int at = template.indexOf(TOKEN);
        return template.substring(0, at) + token.reveal() + template.substring(at + TOKEN.length());
    }

    /** The token inside a header value written by {@link #render}; empty when the value does not fit the template. */
    public Optional<Secret> extract(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        int at = template.indexOf(TOKEN);
        String prefix = template.substring(0, at);
        String suffix = template.substring(at + TOKEN.length());
        if (headerValue.length() < prefix.length() + suffix.length() || !headerValue.startsWith(prefix)
                || !headerValue.endsWith(suffix)) {
            return Optional.empty();
        }
        String token = headerValue.substring(prefix.length(), headerValue.length() - suffix.length());
        return token.isEmpty() ? Optional.empty() : Optional.of(Secret.of(token));
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
