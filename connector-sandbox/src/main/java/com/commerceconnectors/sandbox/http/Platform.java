package com.commerceconnectors.sandbox.http;

/** One emulated API behind a path prefix. Implementations never throw: every outcome is a response. */
public interface Platform {

    /** Splits the request path into the route path and the scope, before faults are considered. */
    RequestTarget locate(SandboxRequest request);

    SandboxResponse handle(SandboxRequest request, RequestTarget target);

    /** The platform's own "internal server error" response, used for injected 500s and unexpected failures. */
    SandboxResponse internalError();
}
