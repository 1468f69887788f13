package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.http.RequestTarget;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.oro.auth.AccessTokens;
import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.auth.Caller;
import com.commerceconnectors.sandbox.oro.auth.TokenEndpoint;
import com.commerceconnectors.sandbox.oro.auth.WsseAuthenticator;
import com.commerceconnectors.sandbox.oro.auth.WsseToken;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;
import com.commerceconnectors.sandbox.oro.jsonapi.JsonApi;
import com.commerceconnectors.sandbox.oro.web.ResourceEndpoints;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Oro's front controller for the application root {@code /oro}: {@code /oauth2-token}, the back-office API under
 * {@code /admin/api} and the storefront API under {@code /api}. An API whose feature is off answers 404; then the
 * caller is authenticated (a bearer token of the right front end, or WSSE on the back office) and the resource
 * endpoints answer. Fault rules match the path under the root, e.g. {@code /admin/api/products*}.
 */
final class OroPlatform implements Platform {

    static final String ROOT = "/oro";
    static final String TOKEN_PATH = "/oauth2-token";
    /** What Oro's WSSE entry point answers every failure with: an empty 401 and this challenge. */
    static final String WSSE_CHALLENGE = "WSSE realm=\"Secured API\", profile=\"UsernameToken\"";

    private final OroSettings settings;
    private final TokenEndpoint tokenEndpoint;
    private final AccessTokens accessTokens;
    private final WsseAuthenticator wsse;
    private final ResourceEndpoints resources;
    private final Supplier<URI> baseUri;

    OroPlatform(OroSettings settings, TokenEndpoint tokenEndpoint, AccessTokens accessTokens, WsseAuthenticator wsse,
                ResourceEndpoints resources, Supplier<URI> baseUri) {
        this.settings = settings;
        this.tokenEndpoint = tokenEndpoint;
        this.accessTokens = accessTokens;
        this.wsse = wsse;
        this.resources = resources;
        this.baseUri = baseUri;
    }

    @Override
    public RequestTarget locate(SandboxRequest request) {
        String path = request.rawPath();
        String under = path.startsWith(ROOT + "/") || path.equals(ROOT) ? path.substring(ROOT.length()) : path;
        return new RequestTarget(under.isEmpty() ? "/" : under, null);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, RequestTarget target) {
        String path = target.routePath();
        if (!request.rawPath().startsWith(ROOT + "/")) {
            return notFoundPage();
        }
        if (path.equals(TOKEN_PATH)) {
            return tokenEndpoint.handle(request);
        }
        Optional<ApiKind> api = apiOf(path);
        if (api.isEmpty() || !settings.apiEnabled(api.get())) {
            return notFoundPage();
        }
        Optional<Caller> caller = authenticate(request, api.get());
        if (caller.isEmpty()) {
            return unauthorized(request, api.get());
        }
        List<String> segments = segments(path.substring(api.get().prefix().length()));
        String apiRoot = baseUri.get() + ROOT + api.get().prefix();
        try {
            return resources.handle(request, api.get(), caller.get(), apiRoot, segments);
        } catch (ApiProblem problem) {
            return JsonApi.problem(problem);
        }
    }

    @Override
    public SandboxResponse internalError() {
        return JsonApi.problem(ApiProblem.of(500, "internal server error", "An unexpected error occurred."));
    }

    private Optional<Caller> authenticate(SandboxRequest request, ApiKind api) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent() && authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accessTokens.verify(authorization.get().substring(7).trim(), api);
        }
        if (api == ApiKind.BACK_OFFICE) {
            return request.header("X-WSSE").flatMap(WsseToken::parse).flatMap(wsse::authenticate);
        }
        return Optional.empty();
    }

    /**
     * On the back office, WSSE failures and missing credentials get Oro's WSSE entry point answer (empty body, so
     * expiry, replay and a wrong key look alike). A refused bearer token, and anything unauthenticated on the
     * storefront, gets a JSON:API error with a Bearer challenge.
     */
    private static SandboxResponse unauthorized(SandboxRequest request, ApiKind api) {
        boolean bearer = request.header("Authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).isPresent();
        if (bearer || api == ApiKind.STOREFRONT) {
            String detail = bearer ? "The access token is invalid, expired or was issued for the other API."
                    : "Full authentication is required to access this resource.";
            return JsonApi.problem(ApiProblem.of(401, "access denied exception", detail))
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        return SandboxResponse.empty(401, "text/html; charset=UTF-8").withHeader("WWW-Authenticate", WSSE_CHALLENGE);
    }

    private static Optional<ApiKind> apiOf(String path) {
        for (ApiKind api : ApiKind.values()) {
            if (path.equals(api.prefix()) || path.startsWith(api.prefix() + "/")) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** Symfony's production 404 page: what Oro answers for a route that does not exist or a feature that is off. */
    private static SandboxResponse notFoundPage() {
        return SandboxResponse.text(404, SandboxResponse.HTML,
                "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                        + "<body><h1>Oops! An Error Occurred</h1><h2>The server returned a \"404 Not Found\".</h2>"
                        + "</body></html>\n");
    }
}
