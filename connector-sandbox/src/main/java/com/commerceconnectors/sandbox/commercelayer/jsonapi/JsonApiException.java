package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.List;
import java.util.Map;

/**
 * An API answer that is an error document. The factory methods carry the titles, details and codes Commerce
 * Layer's API (a Rails application on jsonapi-resources) answers with.
 */
public final class JsonApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<JsonApiError> errors;
    private final int status;

    public JsonApiException(int status, List<JsonApiError> errors) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).detail(), null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public JsonApiException(JsonApiError error) {
        this(error.status(), List.of(error));
    }

    public int status() {
        return status;
    }

    public List<JsonApiError> errors() {
        return errors;
    }

    /** Missing, malformed, tampered with, revoked or unknown. */
    public static JsonApiException invalidToken() {
        return new JsonApiException(JsonApiError.of(401, "Invalid token",
                "The access token you provided is invalid.", "INVALID_TOKEN"));
    }

    public static JsonApiException expiredToken() {
        return new JsonApiException(JsonApiError.of(401, "Invalid token",
                "The access token you provided is expired.", "INVALID_TOKEN"));
    }

    /** A valid token whose application may not do this (e.g. a sales channel writing SKUs). */
    public static JsonApiException unauthorized() {
        return new JsonApiException(JsonApiError.of(401, "Unauthorized",
                "You are not authorized to perform this action on this resource.", "UNAUTHORIZED"));
    }

    public static JsonApiException forbidden() {
        return new JsonApiException(JsonApiError.of(403, "Forbidden",
                "You are not authorized to perform this action on this resource.", "FORBIDDEN"));
    }

    public static JsonApiException recordNotFound(String id) {
        return new JsonApiException(JsonApiError.of(404, "Record not found",
                "The record identified by " + id + " could not be found.", "RECORD_NOT_FOUND"));
    }

    public static JsonApiException routeNotFound(String path) {
        return new JsonApiException(JsonApiError.of(404, "Not found",
                "The requested resource " + path + " was not found.", "NOT_FOUND"));
    }

    public static JsonApiException methodNotAllowed(String method) {
        return new JsonApiException(JsonApiError.of(405, "Method not allowed",
                "The request method " + method + " is not allowed on this resource.", "METHOD_NOT_ALLOWED"));
    }

    public static JsonApiException notAcceptable(String accept) {
        return new JsonApiException(JsonApiError.of(406, "Not acceptable",
                "All requests must use the '" + MediaTypes.JSON_API + "' Accept without media type parameters. "
                        + "This request specified '" + accept + "'.", "NOT_ACCEPTABLE"));
    }

    public static JsonApiException unsupportedMediaType(String contentType) {
        return new JsonApiException(JsonApiError.of(415, "Unsupported media type",
                "All requests that create or update must use the '" + MediaTypes.JSON_API + "' Content-Type. "
                        + "This request specified '" + contentType + "'.", "UNSUPPORTED_MEDIA_TYPE"));
    }

    public static JsonApiException badRequest(String detail) {
        return new JsonApiException(JsonApiError.of(400, "Bad request", detail, "BAD_REQUEST"));
    }

    public static JsonApiException invalidPageValue(String parameter, String detail) {
        return parameterError(400, "Invalid page value", detail, "INVALID_PAGE_VALUE", parameter);
    }

    public static JsonApiException paramNotAllowed(String parameter) {
        return parameterError(400, "Param not allowed", parameter + " is not allowed.", "PARAM_NOT_ALLOWED",
                parameter);
    }

    public static JsonApiException filterNotAllowed(String filter) {
        return parameterError(400, "Filter not allowed", filter + " is not allowed.", "FILTER_NOT_ALLOWED",
                "filter");
    }

    public static JsonApiException invalidFilterValue(String filter, String value) {
        return parameterError(400, "Invalid filter value", value + " is not a valid value for " + filter + ".",
                "INVALID_FILTER_VALUE", "filter");
    }

    public static JsonApiException invalidSort(String criteria, String type) {
        return parameterError(400, "Invalid sort criteria",
                criteria + " is not a valid sort criteria for " + type, "INVALID_SORT_CRITERIA", "sort");
    }

    public static JsonApiException invalidInclude(String relationship, String type) {
        return parameterError(400, "Invalid include",
                relationship + " is not a valid includable relationship of " + type, "INVALID_INCLUDE", "include");
    }

    public static JsonApiException invalidField(String field, String type) {
        return parameterError(400, "Invalid field", field + " is not a valid field for " + type + ".",
                "INVALID_FIELD", "fields");
    }

    public static JsonApiException invalidResource(String type) {
        return parameterError(400, "Invalid resource", type + " is not a valid resource.", "INVALID_RESOURCE",
                "fields");
    }

    /** PATCH whose {@code data.id} is not the id in the URL, or a body whose {@code type} is not the collection's. */
    public static JsonApiException conflict(String detail) {
        return new JsonApiException(JsonApiError.of(409, "Conflict", detail, "CONFLICT"));
    }

    public static JsonApiException locked(String detail) {
        return new JsonApiException(JsonApiError.of(423, "Locked", detail, "LOCKED"));
    }

    public static JsonApiException tooManyRequests() {
        return new JsonApiException(JsonApiError.of(429, "Too many requests",
                "The request was not accepted because you hit one of the rate limits.", "TOO_MANY_REQUESTS"));
    }

    public static JsonApiException internalError() {
        return new JsonApiException(JsonApiError.of(500, "Internal server error",
                "Something went wrong on our end and is being investigated by our engineers.",
                "INTERNAL_SERVER_ERROR"));
    }

    /** Rails validation messages: {@code "code - has already been taken"} with {@code meta.error}. */
    public static JsonApiError validation(String attribute, String message, String error) {
        return new JsonApiError(422, message, attribute + " - " + message, "VALIDATION_ERROR",
                "/data/attributes/" + attribute, null, Map.of("error", error));
    }

    public static JsonApiException validationFailed(List<JsonApiError> errors) {
        return new JsonApiException(422, errors);
    }

    private static JsonApiException parameterError(int status, String title, String detail, String code,
                                                   String parameter) {
        return new JsonApiException(new JsonApiError(status, title, detail, code, null, parameter, Map.of()));
    }
}
