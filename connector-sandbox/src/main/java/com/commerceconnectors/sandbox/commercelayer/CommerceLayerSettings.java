package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.jsonapi.IdCollation;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The switches of the emulated organization, each named after what it stands for at Commerce Layer. Changes apply
 * to the next request. Defaults: integration tokens for 2 hours, sales channel tokens for 4 hours, refresh tokens
 * for 2 weeks; tokens issued by the sandbox's auth URI; 30 token requests a minute; the test environment's rate
 * limits reported on every API answer but not enforced, no API burst limit; ids compared byte by byte (Commerce
 * Layer ignores case); an enterprise organization (JWT bearer allowed); page size 10 by default, 25 at most; sort and
 * filters applied as asked.
 */
public final class CommerceLayerSettings {

    private volatile Duration integrationTokenLifetime = Duration.ofHours(2);
    private volatile Duration salesChannelTokenLifetime = Duration.ofHours(4);
    private volatile Duration refreshTokenLifetime = Duration.ofDays(14);
    private volatile URI issuer;
    private volatile int authRequestsPerMinute = 30;
    private volatile int apiBurstLimit;
    private volatile Duration apiBurstWindow = Duration.ofSeconds(10);
    private volatile Duration apiRetryAfter;
    private volatile boolean enterprise = true;
    private volatile int defaultPageSize = 10;
    private volatile int maxPageSize = 25;
    private volatile ApiEnvironment apiEnvironment = ApiEnvironment.TEST;
    private volatile boolean apiAverageLimitEnforced;
    private volatile IdCollation idCollation = IdCollation.CASE_INSENSITIVE;
    private volatile boolean ignoreSort;
    private volatile Set<String> ignoredFilterPredicates = Set.of();

    public CommerceLayerSettings integrationTokenLifetime(Duration lifetime) {
        this.integrationTokenLifetime = positive(lifetime);
        return this;
    }

    public CommerceLayerSettings salesChannelTokenLifetime(Duration lifetime) {
        this.salesChannelTokenLifetime = positive(lifetime);
        return this;
    }

    public CommerceLayerSettings refreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = positive(lifetime);
        return this;
    }

    /**
     * The {@code iss} claim of new tokens; {@code null} (the default) means the sandbox's auth URI. Set it to e.g.
     * {@code https://auth.commercelayer.io} to test how a client derives its API base URL from a token.
     */
    public CommerceLayerSettings issuer(URI issuer) {
        this.issuer = issuer;
        return this;
    }

    /** Token requests allowed in any sliding minute before a 429 (30 at Commerce Layer). */
    public CommerceLayerSettings authRequestsPerMinute(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the auth endpoint must allow at least one request a minute");
        }
        this.authRequestsPerMinute = limit;
        return this;
    }

    /**
     * The burst limit of {@code /api}: at most {@code limit} requests per client IP and resource type in any
     * sliding {@code window}; more get 429, which the rate-limit headers do not announce. 0 (the default) turns it
     * off. Commerce Layer always has one (in test 125 requests per 10 seconds to a cacheable endpoint, 25 to any
     * other, see {@link ApiEnvironment#burstLimit}); it is off here so that tests choose when to meet it.
     */
    public CommerceLayerSettings apiBurstLimit(int limit, Duration window) {
        if (limit < 0) {
            throw new IllegalArgumentException("a burst limit cannot be negative; 0 turns it off");
        }
        this.apiBurstLimit = limit;
        this.apiBurstWindow = positive(window);
        return this;
    }

    /**
     * Whether API 429s (of the burst or the average limit) carry {@code Retry-After} (whole seconds): {@code null},
     * the default, sends none, as Commerce Layer does; a client must then back off on its own.
     */
    public CommerceLayerSettings apiRetryAfter(Duration retryAfter) {
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After cannot be negative");
        }
        this.apiRetryAfter = retryAfter;
        return this;
    }

    /**
     * The environment whose documented rate limits apply: {@link ApiEnvironment#TEST} (the default; the sandbox's
     * credentials are test credentials) or {@link ApiEnvironment#LIVE}. Every {@code /api} answer carries its
     * average limit for the client's IP and the request's class: {@code X-Ratelimit-Limit} (e.g. 500 cacheable
     * reads, 100 other reads or writes in test), {@code X-Ratelimit-Interval} (60, seconds) and
     * {@code X-Ratelimit-Remaining}; no reset header, as the window slides.
     */
    public CommerceLayerSettings apiEnvironment(ApiEnvironment environment) {
        this.apiEnvironment = Objects.requireNonNull(environment, "environment");
        return this;
    }

    /**
     * Whether a request past the environment's average limit is refused with 429, as Commerce Layer does
     * ({@code true}), or served with {@code X-Ratelimit-Remaining: 0} ({@code false}, the default here: long exports
     * and benchmarks run far more than 500 requests a minute of the sandbox clock, and would measure back-off).
     */
    public CommerceLayerSettings apiAverageLimitEnforced(boolean enforced) {
        this.apiAverageLimitEnforced = enforced;
        return this;
    }

    /**
     * How ids compare in {@code sort=id}, in the tie-break after any sort, and in the id predicates ({@code id_gt},
     * {@code id_lt}, {@code id_eq}, {@code id_in}…): {@link IdCollation#CASE_INSENSITIVE}, as the case-insensitive
     * collation of Commerce Layer's database compares them, or {@link IdCollation#BINARY}. The real behaviour,
     * case-insensitive, is the default; {@code BINARY} is there for clients that were written against it.
     */
    public CommerceLayerSettings idCollation(IdCollation collation) {
        this.idCollation = Objects.requireNonNull(collation, "collation");
        return this;
    }

    /**
     * A misbehaving server, for contract tests: {@code true} accepts and validates {@code sort} but returns the
     * records in their stored order. Commerce Layer applies the sort ({@code false}, the default).
     */
    public CommerceLayerSettings ignoreSort(boolean ignore) {
        this.ignoreSort = ignore;
        return this;
    }

    /**
     * A misbehaving server, for contract tests: the named ransack predicates (as sent inside {@code filter[q]},
     * e.g. {@code id_gt}) are accepted and validated but not applied. None by default, as Commerce Layer applies
     * every filter.
     */
    public CommerceLayerSettings ignoreFilterPredicates(String... predicates) {
        this.ignoredFilterPredicates = Set.copyOf(Arrays.asList(predicates));
        return this;
    }

    /** Enterprise organizations may use the JWT bearer grant; others get {@code unauthorized_client}. */
    public CommerceLayerSettings enterprise(boolean enterprise) {
        this.enterprise = enterprise;
        return this;
    }

    public CommerceLayerSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the maximum page size must be at least 1");
        }
        this.maxPageSize = size;
        return this;
    }

    public Duration integrationTokenLifetime() {
        return integrationTokenLifetime;
    }

    public Duration salesChannelTokenLifetime() {
        return salesChannelTokenLifetime;
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    /** The configured issuer, or {@code null} for the sandbox's auth URI. */
    public URI issuer() {
        return issuer;
    }

    public int authRequestsPerMinute() {
        return authRequestsPerMinute;
    }

    public int apiBurstLimit() {
        return apiBurstLimit;
    }

    public Duration apiBurstWindow() {
        return apiBurstWindow;
    }

    /** {@code null} when 429s carry no {@code Retry-After}. */
    public Duration apiRetryAfter() {
        return apiRetryAfter;
    }

    public boolean enterprise() {
        return enterprise;
    }

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    public ApiEnvironment apiEnvironment() {
        return apiEnvironment;
    }

    public boolean apiAverageLimitEnforced() {
        return apiAverageLimitEnforced;
    }

    public IdCollation idCollation() {
        return idCollation;
    }

    public boolean ignoreSort() {
        return ignoreSort;
    }

    public Set<String> ignoredFilterPredicates() {
        return ignoredFilterPredicates;
    }

    private static Duration positive(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a duration must be positive, not " + duration);
        }
        return duration;
    }
}
