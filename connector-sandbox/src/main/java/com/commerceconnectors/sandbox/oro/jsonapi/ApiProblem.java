package com.commerceconnectors.sandbox.oro.jsonapi;

/**
 * A JSON:API error as Oro reports it:
 * {@code {"errors":[{"status","title","detail","source"}]}}, the source naming a {@code pointer} into the request
 * document or a query {@code parameter}. Titles are Oro's (its constraint or exception names, lower case).
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final String pointer;
    private final String parameter;

    private ApiProblem(int status, String title, String detail, String pointer, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.pointer = pointer;
        this.parameter = parameter;
    }

    /** A problem with a query parameter, e.g. {@code filter[x]}. */
    public static ApiProblem parameter(int status, String title, String detail, String parameter) {
        return new ApiProblem(status, title, detail, null, parameter);
    }

    /** A problem with a part of the request document, e.g. {@code /data/attributes/sku}. */
    public static ApiProblem pointer(int status, String title, String detail, String pointer) {
        return new ApiProblem(status, title, detail, pointer, null);
    }

    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem(status, title, detail, null, null);
    }

    public static ApiProblem notFound() {
        return of(404, "not found http exception", "An entity with the requested identifier does not exist.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String sourcePointer() {
        return pointer;
    }

    public String sourceParameter() {
        return parameter;
    }
}
