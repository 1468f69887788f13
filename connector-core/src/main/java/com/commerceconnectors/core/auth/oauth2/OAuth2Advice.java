package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorCategory;

import java.util.Locale;

/**
 * What to do about a refused OAuth2 grant, from the RFC 6749 §5.2 error code (or a JSON:API error code such as
 * Commerce Layer's {@code INVALID_CLIENT}): the generic "check username and password" is wrong for a client grant.
 */
final class OAuth2Advice {

    private OAuth2Advice() {
    }

    /** Advice for a refused grant; {@code null} to keep the mapper's. */
    static String forRefusal(ApiException refused, DecodedError decoded) {
        if (refused.category() != ErrorCategory.AUTHENTICATION) {
            return null;
        }
        String code = decoded.code() == null ? "" : decoded.code().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "invalid_client" -> "Check auth.clientId and auth.clientSecret: the OAuth application does not exist, "
                    + "its secret is wrong, or it is not allowed on this API";
            case "invalid_grant" -> "Check auth.username and auth.password (or the refresh token or assertion): the "
                    + "grant itself was refused. Do not retry in a loop: accounts get locked";
            case "invalid_scope" -> "Check auth.scope: the application does not allow it (a sales channel needs a "
                    + "market or stock location scope such as market:code:europe)";
            case "unauthorized_client", "unsupported_grant_type" -> "Check auth.grantType: this OAuth application is "
                    + "not allowed to use it";
            case "invalid_request" -> "Check the auth section: a field the grant needs is missing or malformed";
            default -> "Check auth.clientId, auth.clientSecret and the grant's own fields (username/password, "
                    + "refresh token or assertion); do not retry in a loop";
        };
    }
}
