package com.commerceconnectors.core.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit windows of one set of clients, by bucket (e.g. a Commerce Layer organisation and request class):
 * every client given the same instance paces its requests in a bucket together with the others', as the platform
 * counts them together. A {@link ClientRegistry} holds one for all its clients, so the connections of one
 * organisation within a CamelContext share their windows.
 */
public final class RateWindows {

    private final ConcurrentHashMap<String, RateWindow> windows = new ConcurrentHashMap<>();

    RateWindow window(String bucket) {
        return windows.computeIfAbsent(bucket, b -> new RateWindow());
    }

    /** How many buckets have been used. */
    public int size() {
        return windows.size();
    }

    /** Forgets every window. */
    public void clear() {
        windows.clear();
    }
}
