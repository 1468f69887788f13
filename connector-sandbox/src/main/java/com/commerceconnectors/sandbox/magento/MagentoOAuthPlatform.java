package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.http.RequestTarget;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.http.UrlEncoding;
import com.commerceconnectors.sandbox.magento.integration.TokenPair;
import com.commerceconnectors.sandbox.magento.oauth.MagentoOAuthParameters;
import com.commerceconnectors.sandbox.magento.oauth.OAuthProblem;
import com.commerceconnectors.sandbox.magento.oauth.OAuthServer;
import com.commerceconnectors.sandbox.magento.oauth.RequestUrls;
import com.commerceconnectors.sandbox.oauth1.CollectedParameters;

import java.util.List;

/**
 * Magento's storefront token controllers, {@code /oauth/token/request} and {@code /oauth/token/access} (also under
 * {@code /index.php}): any method, the body {@code http_build_query} of the answer, {@code oauth_token=…&
 * oauth_token_secret=…} or {@code oauth_problem=…} with 400/401, under Magento's default {@code text/html} content
 * type. Anything else under {@code /oauth} is the storefront's 404 page.
 */
final class MagentoOAuthPlatform implements Platform {

    static final List<String> PREFIXES = List.of("/oauth", "/index.php/oauth");
    private static final String CONTENT_TYPE = "text/html; charset=UTF-8";

    private final OAuthServer server;
    private final MagentoCounters counters;

    MagentoOAuthPlatform(OAuthServer server, MagentoCounters counters) {
        this.server = server;
        this.counters = counters;
    }

    @Override
    public RequestTarget locate(SandboxRequest request) {
        String path = request.rawPath();
        for (String prefix : PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return new RequestTarget("/oauth" + path.substring(prefix.length()), null);
            }
        }
        return new RequestTarget(path, null);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, RequestTarget target) {
        request.header("Authorization").ifPresent(counters::authorizationSeen);
        String route = stripTrailingSlashes(target.routePath());
        boolean requestToken = route.equals("/oauth/token/request");
        if (!requestToken && !route.equals("/oauth/token/access")) {
            return SandboxResponse.text(404, CONTENT_TYPE,
                    "<!doctype html><html><head><title>404 Not Found</title></head>"
                            + "<body><h1>Whoops, our bad...</h1></body></html>");
        }
        CollectedParameters parameters = MagentoOAuthParameters.collect(request);
        String baseUri = RequestUrls.baseUri(request);
        try {
            TokenPair pair = requestToken
                    ? server.requestToken(parameters, baseUri, request.method())
                    : server.accessToken(parameters, baseUri, request.method());
            return SandboxResponse.text(200, CONTENT_TYPE, "oauth_token=" + UrlEncoding.phpUrlEncode(pair.token())
                    + "&oauth_token_secret=" + UrlEncoding.phpUrlEncode(pair.secret()));
        } catch (OAuthProblem problem) {
            return SandboxResponse.text(problem.status(), CONTENT_TYPE, problem.formBody());
        }
    }

    @Override
    public SandboxResponse internalError() {
        return SandboxResponse.text(500, CONTENT_TYPE,
                "oauth_problem=" + UrlEncoding.phpUrlEncode("internal_error&message=empty_message"));
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
