package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code webapi.xml} route: method, URL template such as {@code /V1/products/:sku}, the ACL resources it needs
 * ({@code anonymous}, {@code self}, or resource ids such as {@code Magento_Catalog::products}) and its endpoint.
 */
public record Route(String method, String template, List<String> parts, List<String> resources, Endpoint endpoint) {

    public static final String ANONYMOUS = "anonymous";
    public static final String SELF = "self";

    public Route {
        parts = List.copyOf(parts);
        resources = List.copyOf(resources);
    }

    public static Route of(String method, String template, String resource, Endpoint endpoint) {
        List<String> parts = Arrays.stream(template.split("/")).filter(p -> !p.isEmpty()).toList();
        return new Route(method, template, parts, List.of(resource), endpoint);
    }

    public boolean anonymous() {
        return resources.contains(ANONYMOUS);
    }

    public boolean self() {
        return resources.contains(SELF);
    }

    /** The resources as Magento names them in a 401 message. */
    public String resourceList() {
        return String.join(", ", resources);
    }

    int literalCount() {
        return (int) parts.stream().filter(p -> !p.startsWith(":")).count();
    }

    /**
     * Matches raw (still encoded) path segments. Variables are decoded with PHP's {@code urldecode}, as Magento's
     * router does: {@code %2F} becomes a slash, and a bare {@code +} becomes a space.
     */
    Optional<Map<String, String>> match(List<String> rawSegments) {
        if (rawSegments.size() != parts.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String segment = rawSegments.get(i);
            if (part.startsWith(":")) {
                params.put(part.substring(1), UrlDecoding.phpUrlDecode(segment));
            } else if (!part.equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
