package com.commerceconnectors.connection;

/** The OAuth 1.0a signature methods a connection may name. */
public enum SignatureMethod {
    HMAC_SHA1("HMAC-SHA1"),
    HMAC_SHA256("HMAC-SHA256"),
    HMAC_SHA512("HMAC-SHA512"),
    RSA_SHA1("RSA-SHA1"),
    RSA_SHA256("RSA-SHA256"),
    RSA_SHA512("RSA-SHA512"),
    PLAINTEXT("PLAINTEXT");

    private final String id;

    SignatureMethod(String id) {
        this.id = id;
    }

    /** The value used in documents and in {@code oauth_signature_method}. */
    public String id() {
        return id;
    }

    public boolean isRsa() {
        return id.startsWith("RSA-");
    }

    public static SignatureMethod fromId(String id) {
        for (SignatureMethod m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown signature method: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
