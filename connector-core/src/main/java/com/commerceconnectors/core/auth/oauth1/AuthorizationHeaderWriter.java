package com.commerceconnectors.core.auth.oauth1;

import java.nio.charset.StandardCharsets;

/**
 * Writes the {@code Authorization} header of RFC 5849 §3.5.1: {@code OAuth realm="…", oauth_consumer_key="…", …,
 * oauth_signature="…"}, every name and value percent-encoded — the realm too, so that no quote, comma or line break
 * in it can confuse a server that splits the header on commas (Magento does). What is the same for every request of a
 * signer (the realm, the signature method, the names and punctuation) is encoded once, when the writer is made.
 */
final class AuthorizationHeaderWriter {

    private static final byte[] TOKEN = ascii("\", oauth_token=\"");
    private static final byte[] NONCE = ascii("\", oauth_nonce=\"");
    private static final byte[] VERSION = ascii("\", oauth_version=\"");
    private static final byte[] CALLBACK = ascii("\", oauth_callback=\"");
    private static final byte[] VERIFIER = ascii("\", oauth_verifier=\"");
    private static final byte[] SIGNATURE = ascii("\", oauth_signature=\"");

    /** {@code OAuth realm="…", oauth_consumer_key="}, or without the realm. */
    private final byte[] start;
    /** {@code ", oauth_signature_method="…", oauth_timestamp="}. */
    private final byte[] methodAndTimestamp;

    /** @param realm the realm to write first, or {@code null} */
    AuthorizationHeaderWriter(String realm, String signatureMethod) {
        String realmPart = realm == null ? "" : "realm=\"" + PercentEncoding.encode(realm) + "\", ";
        this.start = ascii("OAuth " + realmPart + "oauth_consumer_key=\"");
        this.methodAndTimestamp = ascii("\", oauth_signature_method=\"" + PercentEncoding.encode(signatureMethod)
                + "\", oauth_timestamp=\"");
    }

    /**
     * The header for these protocol parameters and signature, written in {@code out} (which then holds the signature:
     * the caller wipes it).
     */
    String write(ProtocolParameters oauth, String signature, ByteSink out) {
        out.put(start);
        putEncoded(out, oauth.consumerKey());
        if (oauth.token() != null) {
            out.put(TOKEN);
            putEncoded(out, oauth.token().reveal());
        }
        out.put(methodAndTimestamp);
        out.putDecimal(oauth.timestamp());
        out.put(NONCE);
        putEncoded(out, oauth.nonce());
        if (oauth.version() != null) {
            out.put(VERSION);
            putEncoded(out, oauth.version());
        }
        if (oauth.callback() != null) {
            out.put(CALLBACK);
            putEncoded(out, oauth.callback());
        }
        if (oauth.verifier() != null) {
            out.put(VERIFIER);
            putEncoded(out, oauth.verifier().reveal());
        }
        out.put(SIGNATURE);
        putEncoded(out, signature);
        out.put((byte) '"');
        // percent-encoded throughout, so ASCII
        return new String(out.bytes(), 0, out.length(), StandardCharsets.ISO_8859_1);
    }

    private static void putEncoded(ByteSink out, String value) {
        out.advanceTo(PercentEncoding.encodeInto(value, out.reserve(9 * value.length()), out.length()));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
