package com.commerceconnectors.core.auth.oauth1;

import java.util.Objects;

/**
 * What signing one request produced. {@code toString()} shows only the masked base string: the signature and the
 * header are credentials.
 *
 * @param baseString          what was signed
 * @param signature           the {@code oauth_signature} value, not percent-encoded
 * @param authorizationHeader the complete {@code Authorization} header value
 */
public record SignedRequest(BaseString baseString, String signature, String authorizationHeader) {

    public SignedRequest {
        Objects.requireNonNull(baseString, "baseString");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(authorizationHeader, "authorizationHeader");
    }

    @Override
    public String toString() {
        return "SignedRequest[" + baseString + "]";
    }
}
