package com.commerceconnectors.core.error;

import java.util.List;

/**
 * What a platform said in an error answer.
 *
 * @param shape   which kind of body it was
 * @param message the platform's message, placeholders filled; {@code null} when the body said nothing usable
 * @param code    the platform's error code ({@code errors[].code}, OAuth2 {@code error}), {@code null} when none
 * @param details further messages (other JSON:API errors, Magento's nested {@code errors}), possibly empty
 */
public record DecodedError(Shape shape, String message, String code, List<String> details) {

    /** The kinds of error bodies the standard decoder recognises. */
    public enum Shape {
        /** {@code {"message": "…", "parameters": […] | {…}}}, Magento's and many other REST APIs' shape. */
        MESSAGE,
        /** JSON:API {@code {"errors": [{status, title, detail, code, source}]}}. */
        JSON_API,
        /** OAuth2 (RFC 6749 §5.2) {@code {"error", "error_description"}}. */
        OAUTH2,
        /** RFC 9457 problem details {@code {"title", "detail"}}. */
        PROBLEM,
        /** An HTML page, typically a proxy, a login or a maintenance page. */
        HTML,
        /** Plain text, or a bare JSON string. */
        TEXT,
        /** JSON in a shape not recognised. */
        OTHER_JSON,
        /** Something that claims or looks like JSON but does not parse (truncated, malformed). */
        MALFORMED_JSON,
        /** No body at all. */
        EMPTY
    }

    public DecodedError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static DecodedError of(Shape shape, String message) {
        return new DecodedError(shape, message, null, List.of());
    }

    public boolean hasMessage() {
        return message != null && !message.isBlank();
    }
}
