package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.http.RequestTarget;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.auth.AccessPolicy;
import com.commerceconnectors.sandbox.magento.auth.Caller;
import com.commerceconnectors.sandbox.magento.store.StoreRegistry;
import com.commerceconnectors.sandbox.magento.store.StoreView;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.ErrorResponses;
import com.commerceconnectors.sandbox.magento.web.InputLimits;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.RouteMatch;
import com.commerceconnectors.sandbox.magento.web.RouteTable;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Magento's REST front controller: strips {@code /rest} (or {@code /index.php/rest}), resolves the store code
 * ({@code /rest/V1} is the default store view, {@code /rest/all} the admin scope, an unknown code stays part of the
 * path and so matches no route), matches the route (404 first), resolves the caller (an OAuth 1.0a refusal answers
 * here), checks the ACL (401), then calls the endpoint.
 */
final class MagentoPlatform implements Platform {

    static final List<String> PREFIXES = List.of("/rest", "/index.php/rest");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private static final String TOKEN_ROUTES = "/V1/integration/";

    private final StoreRegistry stores;
    private final RouteTable routes;
    private final CallerResolver callers;
    private final AccessPolicy access;
    /**
     * The routes Magento gives the asynchronous list limit: {@code InputArraySizeLimitValue} matches the path against
     * {@code /async/V\d/}, which bulk routes ({@code /async/bulk/V1/…}) do not, so their entities' arrays keep the
     * synchronous limit.
     */
    private static final Pattern ASYNC_LIMIT_ROUTES = Pattern.compile("/async/V\\d/.*");

    private final MagentoCounters counters;
    private final MagentoSettings settings;
    private final Clock clock;

    MagentoPlatform(StoreRegistry stores, RouteTable routes, CallerResolver callers, AccessPolicy access,
                    MagentoCounters counters, MagentoSettings settings, Clock clock) {
        this.stores = stores;
        this.routes = routes;
        this.callers = callers;
        this.access = access;
        this.counters = counters;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RequestTarget locate(SandboxRequest request) {
        String rest = afterPrefix(request.rawPath());
        if (rest == null) {
            return new RequestTarget(request.rawPath(), null);
        }
        List<String> segments = segments(rest);
        if (!segments.isEmpty()) {
            String first = segments.get(0);
            if (first.equals("all") || stores.byCode(first).isPresent()) {
                return new RequestTarget(join(segments.subList(1, segments.size())), first);
            }
        }
        return new RequestTarget(join(segments), null);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, RequestTarget target) {
        try {
            return dispatch(request, target);
        } catch (MagentoException e) {
            return ErrorResponses.of(e);
        } catch (TypeMismatch e) {
            return ErrorResponses.of(e.toResponse());
        }
    }

    @Override
    public SandboxResponse internalError() {
        return ErrorResponses.of(MagentoException.internalError());
    }

    private SandboxResponse dispatch(SandboxRequest request, RequestTarget target) {
        request.header("Authorization").ifPresent(counters::authorizationSeen);
        if (afterPrefix(request.rawPath()) == null) {
            throw MagentoException.routeNotFound();
        }
        if (!METHODS.contains(request.method())) {
            throw MagentoException.badRequest("Request method is invalid.");
        }
        StoreView store = store(target.scope());
        RouteMatch match = routes.match(request.method(), segments(target.routePath()))
                .orElseThrow(MagentoException::routeNotFound);
        if (!match.route().template().startsWith(TOKEN_ROUTES)) {
            counters.apiCalled();
        }
        Caller caller = callers.resolve(request);
        if (!access.allows(caller, match.route())) {
            throw MagentoException.notAuthorized(match.route().resourceList());
        }
        return match.route().endpoint().handle(new CallContext(request, store, caller, match.params(), clock,
                inputLimits(ASYNC_LIMIT_ROUTES.matcher(match.route().template()).matches())));
    }

    /** The input limits in force now; asynchronous routes other than bulk ones have their own list limit. */
    private InputLimits inputLimits(boolean async) {
        return new InputLimits(settings.inputLimits(), async ? settings.asyncInputListLimit()
                : settings.inputListLimit(), settings.maxPageSize(), settings.defaultPageSize());
    }

    private StoreView store(String scope) {
        if (scope == null) {
            return stores.defaultView();
        }
        if (scope.equals("all")) {
            return stores.admin();
        }
        return stores.byCode(scope).orElse(stores.defaultView());
    }

    /** The path after the REST prefix, or {@code null} when the path is not under it. */
    private static String afterPrefix(String rawPath) {
        for (String prefix : PREFIXES) {
            if (rawPath.equals(prefix)) {
                return "";
            }
            if (rawPath.startsWith(prefix + "/")) {
                return rawPath.substring(prefix.length());
            }
        }
        return null;
    }

    /** Magento trims the slashes at both ends and splits on the others (empty inner segments stay). */
    private static List<String> segments(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        if (start == end) {
            return List.of();
        }
        return Arrays.asList(path.substring(start, end).split("/", -1));
    }

    private static String join(List<String> segments) {
        return "/" + String.join("/", segments);
    }
}
