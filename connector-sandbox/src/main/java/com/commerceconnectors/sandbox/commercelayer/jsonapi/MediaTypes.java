package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.http.SandboxRequest;

import java.util.Locale;

/**
 * JSON:API content negotiation as Commerce Layer's API does it: an {@code Accept} that names
 * {@code application/vnd.api+json} (or is absent, or {@code *}{@code /*}) and, on writes, that
 * {@code Content-Type} (parameters such as {@code charset} are ignored, as Rails reads the bare media type).
 */
public final class MediaTypes {

    public static final String JSON_API = "application/vnd.api+json";

    private MediaTypes() {
    }

    /** @throws JsonApiException 406 when the client accepts only something else */
    public static void checkAccept(SandboxRequest request) {
        String accept = request.header("Accept").orElse("").strip();
        if (accept.isEmpty()) {
            return;
        }
        for (String range : accept.split(",")) {
            String type = bare(range);
            if (type.equals(JSON_API) || type.equals("*/*") || type.equals("application/*")) {
                return;
            }
        }
        throw JsonApiException.notAcceptable(accept);
    }

    /** @throws JsonApiException 415 when a write's body is not declared as JSON:API */
    public static void checkContentType(SandboxRequest request) {
        String contentType = request.header("Content-Type").orElse("");
        if (!bare(contentType).equals(JSON_API)) {
            throw JsonApiException.unsupportedMediaType(contentType);
        }
    }

    private static String bare(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
