package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.http.ApiRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the parameters a request's signature covers (RFC 5849 §3.4.1.3.1): the protocol parameters, every
 * name/value pair of the query of the URL exactly as sent, and the pairs of an {@code application/x-www-form-urlencoded}
 * body. A JSON (or any other) body is never signed. Pairs are read the way the RFC reads them: split on {@code &}, then
 * on the first {@code =} (a pair without one has an empty value), each part form-decoded ({@code +} is a space). Empty
 * pairs ({@code a=1&&b=2}) are skipped; {@code oauth_signature} is excluded wherever it appears.
 */
final class ParameterCollector {

    private static final String SIGNATURE = "oauth_signature";

    private ParameterCollector() {
    }

    /**
     * @throws MalformedParametersException when the query or the form body holds a broken {@code %} escape
     */
    static List<EncodedParameter> collect(ApiRequest request, List<EncodedParameter> protocolParameters) {
        List<EncodedParameter> all = new ArrayList<>(protocolParameters);
        String query = request.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            addPairs(all, query.getBytes(StandardCharsets.UTF_8), "query");
        }
        if (request.hasBody() && isForm(request.contentType())) {
            addPairs(all, request.body(), "form body");
        }
        return all;
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

    private static void addPairs(List<EncodedParameter> into, byte[] raw, String where) {
        int start = 0;
        while (start <= raw.length) {
            int end = indexOf(raw, (byte) '&', start, raw.length);
            if (end > start) {
                int eq = indexOf(raw, (byte) '=', start, end);
                String name = encoded(raw, start, eq, where);
                String value = eq < end ? encoded(raw, eq + 1, end, where) : "";
                if (!name.equals(SIGNATURE)) {
                    into.add(new EncodedParameter(name, value));
                }
            }
            start = end + 1;
        }
    }

    private static String encoded(byte[] raw, int from, int to, String where) {
        if (PercentEncoding.isCanonical(raw, from, to)) {
            // decoding and encoding again would give back exactly these characters
            return new String(raw, from, to - from, StandardCharsets.US_ASCII);
        }
        try {
            return PercentEncoding.encode(PercentEncoding.decodeFormComponent(raw, from, to));
        } catch (IllegalArgumentException e) {
            throw new MalformedParametersException("The request's " + where + " cannot be signed: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] raw, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == b) {
                return i;
            }
        }
        return to;
    }

    /** A query or form body that is not validly percent-encoded, so no server could agree on what was signed. */
    static final class MalformedParametersException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedParametersException(String message) {
            super(message);
        }
    }
}
