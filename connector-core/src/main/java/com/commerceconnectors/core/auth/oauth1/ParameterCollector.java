package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.http.ApiRequest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Collects the parameters a request's signature covers (RFC 5849 §3.4.1.3.1): the protocol parameters, every
 * name/value pair of the query of the URL exactly as sent, and the pairs of an {@code application/x-www-form-urlencoded}
 * body. A JSON (or any other) body is never signed. Pairs are read the way the RFC reads them: split on {@code &}, then
 * on the first {@code =} (a pair without one has an empty value), each part form-decoded ({@code +} is a space). Empty
 * pairs ({@code a=1&&b=2}) are skipped; {@code oauth_signature} is excluded wherever it appears.
 * <p>
 * Each name and value goes into {@link EncodedParameters} in its base-string form. A name or value already in canonical
 * RFC 3986 form — what any client-built query holds — is copied as it is with only its {@code %} encoded again, in
 * the same pass that finds the delimiters; anything else is decoded and encoded afresh.
 */
final class ParameterCollector {

    private static final byte[] SIGNATURE = ascii("oauth_signature");
    // the protocol parameters in the order they sort in, so they enter the list already sorted
    private static final byte[] CALLBACK = ascii("oauth_callback");
    private static final byte[] CONSUMER_KEY = ascii("oauth_consumer_key");
    private static final byte[] NONCE = ascii("oauth_nonce");
    private static final byte[] SIGNATURE_METHOD = ascii("oauth_signature_method");
    private static final byte[] TIMESTAMP = ascii("oauth_timestamp");
    private static final byte[] TOKEN = ascii("oauth_token");
    private static final byte[] VERIFIER = ascii("oauth_verifier");
    private static final byte[] VERSION = ascii("oauth_version");

    private ParameterCollector() {
    }

    /**
     * Adds the protocol parameters of {@code oauth} with {@code oauth_signature_method} = {@code signatureMethod}, then
     * those of the request's query and form body, to {@code into}.
     *
     * @throws MalformedParametersException when the query or the form body holds a broken {@code %} escape
     */
    static void collect(ApiRequest request, ProtocolParameters oauth, String signatureMethod, EncodedParameters into) {
        if (oauth.callback() != null) {
            addProtocol(into, CALLBACK, oauth.callback());
        }
        addProtocol(into, CONSUMER_KEY, oauth.consumerKey());
        addProtocol(into, NONCE, oauth.nonce());
        addProtocol(into, SIGNATURE_METHOD, signatureMethod);
        ByteSink text = into.text();
        int from = text.length();
        text.put(TIMESTAMP);
        int valueFrom = into.endName();
        text.putDecimal(oauth.timestamp());
        into.endValue(from, valueFrom);
        if (oauth.token() != null) {
            addProtocol(into, TOKEN, oauth.token().reveal());
        }
        if (oauth.verifier() != null) {
            addProtocol(into, VERIFIER, oauth.verifier().reveal());
        }
        if (oauth.version() != null) {
            addProtocol(into, VERSION, oauth.version());
        }
        String query = request.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            addPairs(into, query.getBytes(StandardCharsets.UTF_8), "query");
        }
        if (request.hasBody() && isForm(request.contentType())) {
            addPairs(into, request.body(), "form body");
        }
    }

    /** Whether the content type is {@code application/x-www-form-urlencoded}, whatever its parameters and case. */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip();
        return mediaType.toLowerCase(Locale.ROOT).equals(ApiRequest.FORM);
    }

    private static void addProtocol(EncodedParameters into, byte[] name, String plainValue) {
        ByteSink text = into.text();
        int from = text.length();
        text.put(name);
        int valueFrom = into.endName();
        byte[] out = text.reserve(15 * plainValue.length());
        text.advanceTo(PercentEncoding.encodeTwiceInto(plainValue, out, valueFrom));
        into.endValue(from, valueFrom);
    }

    private static void addPairs(EncodedParameters into, byte[] raw, String where) {
        ByteSink text = into.text();
        int start = 0;
        while (start < raw.length) {
            if (raw[start] == '&') {
                start++;
                continue;
            }
            int from = text.length();
            int stop = PercentEncoding.copyCanonicalEncoded(raw, start, raw.length, text);
            if (stop < raw.length && raw[stop] != '&' && raw[stop] != '=') {
                text.advanceTo(from);
                stop = reencode(raw, start, delimiter(raw, stop, true), text, where);
            }
            int valueFrom = into.endName();
            if (stop < raw.length && raw[stop] == '=') {
                int valueStart = stop + 1;
                stop = PercentEncoding.copyCanonicalEncoded(raw, valueStart, raw.length, text);
                if (stop < raw.length && raw[stop] != '&') {
                    text.advanceTo(valueFrom);
                    stop = reencode(raw, valueStart, delimiter(raw, stop, false), text, where);
                }
            }
            if (into.nameEquals(from, valueFrom, SIGNATURE)) {
                into.discardFrom(from);
            } else {
                into.endValue(from, valueFrom);
            }
            start = stop + 1;
        }
    }

    /** Where the name (which ends at {@code &} or {@code =}) or value (at {@code &}) that holds {@code raw[at]} ends. */
    private static int delimiter(byte[] raw, int at, boolean name) {
        for (int i = at; i < raw.length; i++) {
            if (raw[i] == '&' || name && raw[i] == '=') {
                return i;
            }
        }
        return raw.length;
    }

    /** The slow path for a name or value that is not canonical: form-decode it, then encode it twice. */
    private static int reencode(byte[] raw, int from, int to, ByteSink text, String where) {
        byte[] decoded;
        try {
            decoded = PercentEncoding.decodeFormComponent(raw, from, to);
        } catch (IllegalArgumentException e) {
            throw new MalformedParametersException("The request's " + where + " cannot be signed: " + e.getMessage());
        }
        byte[] out = text.reserve(5 * decoded.length);
        text.advanceTo(PercentEncoding.encodeTwiceInto(decoded, 0, decoded.length, out, text.length()));
        return to;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A query or form body that is not validly percent-encoded, so no server could agree on what was signed. */
    static final class MalformedParametersException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedParametersException(String message) {
            super(message);
        }
    }
}
