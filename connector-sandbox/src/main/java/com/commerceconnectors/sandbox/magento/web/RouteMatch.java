package com.commerceconnectors.sandbox.magento.web;

import java.util.Map;

/** A route with the values of its URL variables. */
public record RouteMatch(Route route, Map<String, String> params) {

    public RouteMatch {
        params = Map.copyOf(params);
    }
}
