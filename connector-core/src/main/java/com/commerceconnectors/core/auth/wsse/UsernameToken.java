package com.commerceconnectors.core.auth.wsse;

import java.util.Objects;

/**
 * One WSSE UsernameToken, already digested; {@link #header()} is the {@code X-WSSE} value. Oro reads each field with
 * {@code Name="([^"]+)"}, so no field may be empty or contain a quote. {@link #toString()} shows the username only.
 *
 * @param username the Oro user's username
 * @param digest   the password digest, base64
 * @param nonce    the nonce bytes, base64
 * @param created  the creation time, ISO-8601
 */
record UsernameToken(String username, String digest, String nonce, String created) {

    static final String PROFILE = "WSSE profile=\"UsernameToken\"";

    UsernameToken {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(created, "created");
    }

    String header() {
        return "UsernameToken Username=\"" + username + "\", PasswordDigest=\"" + digest + "\", Nonce=\"" + nonce
                + "\", Created=\"" + created + "\"";
    }

    @Override
    public String toString() {
        return "UsernameToken[" + username + ", created " + created + "]";
    }
}
