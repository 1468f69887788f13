package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.search.PagingMode;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configuration switches of the emulated Magento, each named after the store setting or version behaviour it
 * stands for. Changes apply to the next request. Defaults: a 2.4 store with JWT tokens of one hour, integration
 * tokens accepted as bearer tokens, an empty page past the end, input limits off, no 2FA, lockout after 6
 * failures for 30 minutes; OAuth 1.0a as 2.4.4+ checks it (HMAC-SHA256 only), consumer keys that expire 300 seconds
 * after activation, nonces remembered for 120 minutes; URL keys unique per store, as Magento's URL rewrites require;
 * searches that apply every sort order and filter group.
 */
public final class MagentoSettings {

    private volatile boolean jwtTokens = true;
    private volatile Duration adminTokenLifetime = Duration.ofHours(1);
    private volatile Duration customerTokenLifetime = Duration.ofHours(1);
    private volatile boolean integrationTokenAsBearer = true;
    private volatile PagingMode pagingMode = PagingMode.EMPTY_PAST_END;
    private volatile boolean inputLimits;
    private volatile int maxPageSize = 300;
    private volatile int defaultPageSize = 20;
    private volatile int inputListLimit = 20;
    private volatile int asyncInputListLimit = 5000;
    private volatile boolean uniqueUrlKeys = true;
    private volatile boolean ignoreSortOrders;
    private volatile Set<Integer> ignoredFilterGroups = Set.of();
    private volatile boolean twoFactorAuth;
    private volatile int maxLoginFailures = 6;
    private volatile Duration lockoutDuration = Duration.ofMinutes(30);
    private volatile Set<SignatureMethod> oauthSignatureMethods = Set.of(SignatureMethod.HMAC_SHA256);
    private volatile Duration consumerExpirationPeriod = Duration.ofSeconds(300);
    private volatile Duration nonceCleanupPeriod = Duration.ofMinutes(120);

    /** Applies the defaults of a Magento version at once. */
    public MagentoSettings emulate(MagentoVersion version) {
        version.applyTo(this);
        return this;
    }

    /** {@code true}: JWT admin/customer tokens (2.4.4+); {@code false}: opaque 32-character tokens (2.3). */
    public MagentoSettings jwtTokens(boolean enabled) {
        this.jwtTokens = enabled;
        return this;
    }

    public MagentoSettings adminTokenLifetime(Duration lifetime) {
        this.adminTokenLifetime = positive(lifetime);
        return this;
    }

    public MagentoSettings customerTokenLifetime(Duration lifetime) {
        this.customerTokenLifetime = positive(lifetime);
        return this;
    }

    /** {@code oauth/consumer/enable_integration_as_bearer}: 2.4.4+ defaults it to off. */
    public MagentoSettings integrationTokenAsBearer(boolean enabled) {
        this.integrationTokenAsBearer = enabled;
        return this;
    }

    public MagentoSettings pagingMode(PagingMode mode) {
        this.pagingMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * The web API input limits, {@code webapi/validation/input_limit_enabled} (Magento 2.4.4+; off by default, as
     * in Magento). When on: a {@code searchCriteria[pageSize]} above {@link #maxPageSize(int)} answers 400
     * {@code {"message":"Maximum SearchCriteria pageSize is %max","parameters":{"max":300}}}, a search without a page
     * size gets {@link #defaultPageSize(int)}, and an entity array of the input (a product's {@code product_links},
     * {@code options}, {@code media_gallery_entries}, {@code tier_prices} or {@code category_links}, a customer's
     * {@code addresses}, a search's {@code filter_groups}, {@code filters} or {@code sort_orders}) longer than
     * {@link #inputListLimit(int)} answers 400 {@code {"message":"Maximum items of type \"%type\" is %max",
     * "parameters":{"type":"\\Magento\\Catalog\\Api\\Data\\ProductLinkInterface","max":20}}}. (2.4.3 and
     * 2.3.7-p1 applied the list and page limits with no switch.)
     */
    public MagentoSettings inputLimits(boolean enabled) {
        this.inputLimits = enabled;
        return this;
    }

    /** {@code webapi/validation/maximum_page_size}: 300 unless set. */
    public MagentoSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the maximum page size must be at least 1");
        }
        this.maxPageSize = size;
        return this;
    }

    /** {@code webapi/validation/default_page_size}: 20 unless set. */
    public MagentoSettings defaultPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the default page size must be at least 1");
        }
        this.defaultPageSize = size;
        return this;
    }

    /** "Input List Limit", {@code webapi/validation/complex_array_limit}: 20 items unless set. */
    public MagentoSettings inputListLimit(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("the input list limit must be at least 1");
        }
        this.inputListLimit = items;
        return this;
    }

    /** The input list limit of asynchronous requests ({@code /async/...}): 5,000 items unless set. */
    public MagentoSettings asyncInputListLimit(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("the asynchronous input list limit must be at least 1");
        }
        this.asyncInputListLimit = items;
        return this;
    }

    /**
     * Whether a save refuses a product whose URL key another product has in the same store, with 400
     * {@code {"message":"URL key for specified store already exists."}}, as Magento's URL rewrites do. A new
     * product without a {@code url_key} gets one from its name either way (lower case, every run of other characters
     * than letters and digits turned into one {@code -}). Magento always checks, and so does the sandbox by default;
     * {@code false} accepts a duplicate, for clients written before it checked.
     */
    public MagentoSettings uniqueUrlKeys(boolean enabled) {
        this.uniqueUrlKeys = enabled;
        return this;
    }

    /**
     * A misbehaving search, for contract tests: {@code true} validates the sort orders but returns the rows in
     * entity-id order. Magento applies them ({@code false}, the default).
     */
    public MagentoSettings ignoreSortOrders(boolean ignore) {
        this.ignoreSortOrders = ignore;
        return this;
    }

    /**
     * A misbehaving search, for contract tests: the filter groups at these positions (0-based, in the order the
     * request sends them) are validated and echoed but not applied. None by default, as Magento applies them all.
     */
    public MagentoSettings ignoreFilterGroups(int... positions) {
        this.ignoredFilterGroups = Arrays.stream(positions).boxed().collect(Collectors.toUnmodifiableSet());
        return this;
    }

    /** Magento_TwoFactorAuth: admin tokens need the 2FA provider endpoints. */
    public MagentoSettings twoFactorAuth(boolean enabled) {
        this.twoFactorAuth = enabled;
        return this;
    }

    /** {@code oauth/authentication_lock/max_failures_count}. */
    public MagentoSettings maxLoginFailures(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("the lockout threshold must be at least 1 failure");
        }
        this.maxLoginFailures = failures;
        return this;
    }

    /** {@code oauth/authentication_lock/timeout}. */
    public MagentoSettings lockoutDuration(Duration duration) {
        this.lockoutDuration = positive(duration);
        return this;
    }

    /**
     * The {@code oauth_signature_method} values the OAuth server accepts; any other is answered with 400 "Signature
     * method %1 is not supported". Magento 2.4.4+ accepts only HMAC-SHA256, 2.3 also HMAC-SHA1. No Magento accepts
     * RSA-* or PLAINTEXT: allowing every method ({@code SignatureMethod.values()}) is for testing a client's signer,
     * RSA-* then checked against the integration's public key ({@code setIntegrationPublicKey}).
     */
    public MagentoSettings oauthSignatureMethods(SignatureMethod... methods) {
        if (methods.length == 0) {
            throw new IllegalArgumentException("the OAuth server needs at least one signature method");
        }
        EnumSet<SignatureMethod> set = EnumSet.noneOf(SignatureMethod.class);
        set.addAll(Arrays.asList(methods));
        this.oauthSignatureMethods = Set.copyOf(set);
        return this;
    }

    /** {@code oauth/consumer/expiration_period}: how long after activation the consumer key can get a request token. */
    public MagentoSettings consumerExpirationPeriod(Duration period) {
        this.consumerExpirationPeriod = positive(period);
        return this;
    }

    /** {@code oauth/cleanup/expiration_period}: nonces whose timestamp is older than this are forgotten. */
    public MagentoSettings nonceCleanupPeriod(Duration period) {
        this.nonceCleanupPeriod = positive(period);
        return this;
    }

    public Set<SignatureMethod> oauthSignatureMethods() {
        return oauthSignatureMethods;
    }

    public Duration consumerExpirationPeriod() {
        return consumerExpirationPeriod;
    }

    public Duration nonceCleanupPeriod() {
        return nonceCleanupPeriod;
    }

    public boolean jwtTokens() {
        return jwtTokens;
    }

    public Duration tokenLifetime(UserType type) {
        return type == UserType.CUSTOMER ? customerTokenLifetime : adminTokenLifetime;
    }

    public Duration adminTokenLifetime() {
        return adminTokenLifetime;
    }

    public Duration customerTokenLifetime() {
        return customerTokenLifetime;
    }

    public boolean integrationTokenAsBearer() {
        return integrationTokenAsBearer;
    }

    public PagingMode pagingMode() {
        return pagingMode;
    }

    public boolean inputLimits() {
        return inputLimits;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int inputListLimit() {
        return inputListLimit;
    }

    public int asyncInputListLimit() {
        return asyncInputListLimit;
    }

    public boolean uniqueUrlKeys() {
        return uniqueUrlKeys;
    }

    public boolean ignoreSortOrders() {
        return ignoreSortOrders;
    }

    public Set<Integer> ignoredFilterGroups() {
        return ignoredFilterGroups;
    }

    public boolean twoFactorAuth() {
        return twoFactorAuth;
    }

    public int maxLoginFailures() {
        return maxLoginFailures;
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    private static Duration positive(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("a duration here must be positive, not " + duration);
        }
        return duration;
    }
}
