package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.RateLimitHeaders;
import com.commerceconnectors.core.http.RateWindows;
import com.commerceconnectors.core.http.RequestPacer;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Commerce Layer's API rate limits as the client paces by them (docs.commercelayer.io/core/rate-limits): every
 * {@code /api} answer reports the average limit of its request class — {@code X-Ratelimit-Limit} requests per
 * {@code X-Ratelimit-Interval} seconds, {@code X-Ratelimit-Remaining} left — in a window that slides, so there is no
 * reset header. The classes are counted apart per organisation: reads of the resources Commerce Layer caches, other
 * reads, and writes. Token requests go to the auth server and are not paced here.
 */
public final class CommerceLayerRateLimits {

    public static final String LIMIT_HEADER = "X-Ratelimit-Limit";
    public static final String REMAINING_HEADER = "X-Ratelimit-Remaining";
    public static final String INTERVAL_HEADER = "X-Ratelimit-Interval";

    static final RateLimitHeaders HEADERS = RateLimitHeaders.named(LIMIT_HEADER, REMAINING_HEADER, INTERVAL_HEADER);

    /** The resources whose reads Commerce Layer documents as cacheable (and every {@code *_promotions}). */
    private static final Set<String> CACHEABLE = Set.of("bundles", "imports", "markets", "prices", "price_lists",
            "promotions", "skus", "sku_options", "stock_items", "stock_locations");

    private CommerceLayerRateLimits() {
    }

    /** A pacer over {@code windows}: clients given the same windows pace together, as one organisation. */
    public static RequestPacer pacer(RateWindows windows) {
        return RequestPacer.of(HEADERS, CommerceLayerRateLimits::bucketOf, windows);
    }

    /**
     * No pacing, but a 429 without Retry-After still waits the interval its headers report: for where nothing enforces
     * the limits.
     */
    public static RequestPacer unpaced() {
        return RequestPacer.of(HEADERS, request -> Optional.empty(), new RateWindows());
    }

    /** The window a request is counted in: its organisation's API host and its class; empty outside {@code /api}. */
    static Optional<String> bucketOf(ApiRequest request) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int api = path.indexOf("/api/");
        if (api < 0 || uri.getHost() == null) {
            return Optional.empty();
        }
        String rest = path.substring(api + "/api/".length());
        int slash = rest.indexOf('/');
        String type = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        String method = request.method().name();
        String requestClass = method.equals("GET") || method.equals("HEAD")
                ? (CACHEABLE.contains(type) || type.endsWith("_promotions") ? "cacheable reads" : "other reads")
                : "writes";
        String host = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return Optional.of(host + " " + requestClass);
    }
}
