package com.commerceconnectors.sandbox.commercelayer.auth;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many token requests arrived, by {@code grant_type} (refused ones included), and how many were issued. */
public final class AuthCounters {

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();

    void recordRequest(String grantType) {
        requests.computeIfAbsent(grantType == null ? "" : grantType, g -> new AtomicInteger()).incrementAndGet();
    }

    void recordIssued() {
        issued.incrementAndGet();
    }

    void recordRateLimited() {
        rateLimited.incrementAndGet();
    }

    /** Token requests with this {@code grant_type}. */
    public int requests(String grantType) {
        AtomicInteger count = requests.get(grantType);
        return count == null ? 0 : count.get();
    }

    /** Every token request, whatever its grant. */
    public int requests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Requests by grant type, sorted by name. */
    public Map<String, Integer> byGrant() {
        Map<String, Integer> copy = new TreeMap<>();
        requests.forEach((grant, count) -> copy.put(grant, count.get()));
        return copy;
    }

    public int issued() {
        return issued.get();
    }

    /** Token requests refused with 429. */
    public int rateLimited() {
        return rateLimited.get();
    }

    public void reset() {
        requests.clear();
        issued.set(0);
        rateLimited.set(0);
    }
}
