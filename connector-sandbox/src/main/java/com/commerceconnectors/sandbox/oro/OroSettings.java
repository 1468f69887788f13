package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.query.DatetimeSyntax;
import com.commerceconnectors.sandbox.oro.query.QueryRules;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration switches of the emulated Oro application, each named after the setting it stands for. Changes
 * apply to the next request. Defaults: both APIs on (System Configuration › Web API), WSSE headers valid for 3600
 * seconds (as Oro documents; its code default is 300) with nonces remembered as long, access tokens of one hour,
 * refresh tokens of 30 days, the guest storefront API on, pages of 10 and at most 100; the query syntax of 6.1 LTS
 * with only the sorters and filters Oro configures; reads that apply their sort and every filter.
 */
public final class OroSettings {

    private volatile boolean backOfficeApi = true;
    private volatile boolean storefrontApi = true;
    private volatile boolean guestStorefrontApi = true;
    private volatile Duration wsseLifetime = Duration.ofSeconds(3600);
    private volatile Duration accessTokenLifetime = Duration.ofHours(1);
    private volatile Duration refreshTokenLifetime = Duration.ofDays(30);
    private volatile int defaultPageSize = 10;
    private volatile int maxPageSize = 100;
    private volatile boolean symbolOperators;
    private volatile DatetimeSyntax datetimeFilterSyntax = DatetimeSyntax.ORO_6_1;
    private volatile boolean onlyConfiguredSortersAndFilters = true;
    private volatile boolean ignoreSort;
    private volatile Set<String> ignoredFilters = Set.of();

    /** Applies the query syntax of an Oro version at once. */
    public OroSettings emulate(OroVersion version) {
        version.applyTo(this);
        return this;
    }

    /** The API feature toggle of one front end: off, its paths answer 404 as in Oro. */
    public OroSettings apiEnabled(ApiKind api, boolean enabled) {
        if (api == ApiKind.BACK_OFFICE) {
            backOfficeApi = enabled;
        } else {
            storefrontApi = enabled;
        }
        return this;
    }

    /** "Enable Guest Storefront API": whether {@code guest}/{@code guest} gets a storefront token. */
    public OroSettings guestStorefrontApi(boolean enabled) {
        this.guestStorefrontApi = enabled;
        return this;
    }

    /** {@code lifetime} of the WSSE firewall: how old a {@code Created} may be, and how long nonces are kept. */
    public OroSettings wsseLifetime(Duration lifetime) {
        this.wsseLifetime = positive(lifetime);
        return this;
    }

    /** {@code oro_oauth2_server.authorization_server.access_token_lifetime}. */
    public OroSettings accessTokenLifetime(Duration lifetime) {
        this.accessTokenLifetime = positive(lifetime);
        return this;
    }

    /** {@code oro_oauth2_server.authorization_server.refresh_token_lifetime}. */
    public OroSettings refreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = positive(lifetime);
        return this;
    }

    public OroSettings defaultPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the default page size must be at least 1");
        }
        this.defaultPageSize = size;
        return this;
    }

    /** The largest {@code page[size]} accepted; a larger one is answered with a 400 error. */
    public OroSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the maximum page size must be at least 1");
        }
        this.maxPageSize = size;
        return this;
    }

    /**
     * Whether filters may also be written {@code filter[id]>=5} (Oro 6.0 and before) besides
     * {@code filter[id][gte]=5}. 6.1 reads only {@code name=value} pairs ({@code false}, the default): there
     * {@code filter[id]<5} is silently ignored, having no {@code =}, and {@code filter[id]>=5} answers 400 "The
     * filter is not supported." for the parameter {@code 3E}, the tail of its re-encoded key.
     */
    public OroSettings symbolOperators(boolean enabled) {
        this.symbolOperators = enabled;
        return this;
    }

    /**
     * The date-time values filters accept: {@link DatetimeSyntax#ORO_6_1} (the default) takes a fraction of a second
     * of exactly two digits or none, so {@code 2024-03-01T10:00:00.123Z} answers 400 "Expected datetime value. Given
     * …"; {@link DatetimeSyntax#ORO_6_0} takes any number of fraction digits.
     */
    public OroSettings datetimeFilterSyntax(DatetimeSyntax syntax) {
        this.datetimeFilterSyntax = Objects.requireNonNull(syntax, "syntax");
        return this;
    }

    /**
     * {@code true} (the default, as in Oro): sorting and filtering only by the fields Oro configures them for
     * (the id, relationships, indexed fields and those {@code api.yml} adds; see {@code OroSchema}), so e.g.
     * {@code GET /api/users?sort=updatedAt,id} answers 400 "sort constraint". {@code false}: by every scalar
     * attribute.
     */
    public OroSettings onlyConfiguredSortersAndFilters(boolean enabled) {
        this.onlyConfiguredSortersAndFilters = enabled;
        return this;
    }

    /**
     * A misbehaving server, for contract tests: {@code true} validates the {@code sort} of a list read but returns
     * the records by id. Oro applies the sort ({@code false}, the default).
     */
    public OroSettings ignoreSort(boolean ignore) {
        this.ignoreSort = ignore;
        return this;
    }

    /**
     * A misbehaving server, for contract tests: list reads validate filters on these fields (e.g. {@code id} for
     * {@code filter[id][gt]}) but do not apply them; {@code delete_list} still does. None by default.
     */
    public OroSettings ignoreFilters(String... fields) {
        this.ignoredFilters = Set.copyOf(Arrays.asList(fields));
        return this;
    }

    /** The rules a query string is read by now. */
    public QueryRules queryRules() {
        return new QueryRules(defaultPageSize, maxPageSize, symbolOperators, datetimeFilterSyntax,
                onlyConfiguredSortersAndFilters, ignoreSort, ignoredFilters);
    }

    public boolean symbolOperators() {
        return symbolOperators;
    }

    public DatetimeSyntax datetimeFilterSyntax() {
        return datetimeFilterSyntax;
    }

    public boolean onlyConfiguredSortersAndFilters() {
        return onlyConfiguredSortersAndFilters;
    }

    public boolean ignoreSort() {
        return ignoreSort;
    }

    public Set<String> ignoredFilters() {
        return ignoredFilters;
    }

    public boolean apiEnabled(ApiKind api) {
        return api == ApiKind.BACK_OFFICE ? backOfficeApi : storefrontApi;
    }

    public boolean guestStorefrontApi() {
        return guestStorefrontApi;
    }

    public Duration wsseLifetime() {
        return wsseLifetime;
    }

    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    private static Duration positive(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("a duration here must be positive, not " + duration);
        }
        return duration;
    }
}
