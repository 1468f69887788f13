package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.api.ApiServer;
import com.commerceconnectors.sandbox.commercelayer.auth.AuthServer;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.ErrorDocument;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.http.RequestTarget;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;

/**
 * Splits {@code /commercelayer/...} between the auth server ({@code /commercelayer/auth/oauth/...}, what
 * {@code auth.commercelayer.io} serves) and the core API ({@code /commercelayer/api/...}, what
 * {@code <slug>.commercelayer.io/api} serves). Route paths, which fault rules match, are {@code /auth/oauth/token}
 * and {@code /api/skus/...}.
 */
final class CommerceLayerPlatform implements Platform {

    static final String PREFIX = "/commercelayer";
    private static final String AUTH = "/auth";
    private static final String API = "/api";

    private final AuthServer auth;
    private final ApiServer api;

    CommerceLayerPlatform(AuthServer auth, ApiServer api) {
        this.auth = auth;
        this.api = api;
    }

    @Override
    public RequestTarget locate(SandboxRequest request) {
        String path = request.rawPath();
        String route = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        return new RequestTarget(route.isEmpty() ? "/" : route, null);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, RequestTarget target) {
        String route = target.routePath();
        if (route.startsWith(AUTH + "/")) {
            return auth.handle(request, route.substring(AUTH.length()));
        }
        if (route.startsWith(API + "/")) {
            return api.handle(request, route.substring(API.length()));
        }
        return ErrorDocument.of(JsonApiException.routeNotFound(route));
    }

    @Override
    public SandboxResponse internalError() {
        return ErrorDocument.of(JsonApiException.internalError());
    }
}
