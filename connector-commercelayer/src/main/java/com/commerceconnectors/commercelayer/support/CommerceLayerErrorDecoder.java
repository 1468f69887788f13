package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorBodyDecoder;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads Commerce Layer's error bodies with core's decoder, and takes the RFC 6749 error of its auth server from where
 * it puts it: the JSON:API {@code title} ({@code invalid_scope}), while {@code code} holds the HTTP reason
 * ({@code BAD_REQUEST}). With that code the advice names what to fix (the scope, the client secret) rather than
 * every credential at once.
 */
public final class CommerceLayerErrorDecoder implements ErrorBodyDecoder {

    public static final CommerceLayerErrorDecoder INSTANCE = new CommerceLayerErrorDecoder();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** RFC 6749 §5.2 error codes: lower case with underscores. */
    private static final Pattern OAUTH2_ERROR = Pattern.compile("[a-z]+(_[a-z]+)+");

    private CommerceLayerErrorDecoder() {
    }

    @Override
    public DecodedError decode(ApiResponse response) {
        DecodedError decoded = ErrorBodyDecoder.standard().decode(response);
        if (decoded.shape() != DecodedError.Shape.JSON_API) {
            return decoded;
        }
        try {
            JsonNode first = JSON.readTree(response.body()).path("errors").path(0);
            String title = first.path("title").asText("");
            if (OAUTH2_ERROR.matcher(title).matches()) {
                return new DecodedError(decoded.shape(), decoded.message(), title, decoded.details());
            }
        } catch (IOException e) {
            // the standard decoder read it already; keep what it found
        }
        return decoded;
    }
}
