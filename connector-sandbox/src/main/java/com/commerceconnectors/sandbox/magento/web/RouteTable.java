package com.commerceconnectors.sandbox.magento.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every route of the emulated API; a literal segment beats a variable ({@code /customers/me} before {@code /:id}). */
public final class RouteTable {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public RouteTable add(Route route) {
        routes.add(route);
        return this;
    }

    public Optional<RouteMatch> match(String method, List<String> rawSegments) {
        RouteMatch best = null;
        for (Route route : routes) {
            if (!route.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> params = route.match(rawSegments);
            if (params.isPresent() && (best == null || route.literalCount() > best.route().literalCount())) {
                best = new RouteMatch(route, params.get());
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
