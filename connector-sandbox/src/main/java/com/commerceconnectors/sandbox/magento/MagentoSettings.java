package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.search.PagingMode;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration switches of the emulated Magento, each named after the store setting or version behaviour it
 * stands for. Changes apply to the next request. Defaults: a 2.4 store with JWT tokens of one hour, integration
 * tokens accepted as bearer tokens, an empty page past the end, input limits off, no 2FA, lockout after 6
 * failures for 30 minutes; OAuth 1.0a as 2.4.4+ checks it (HMAC-SHA256 only), consumer keys that expire 300 seconds
 * after activation, nonces remembered for 120 minutes.
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

    /** Web API input limits (2.4.3+, off by default in Magento): page size capped, a default page size. */
    public MagentoSettings inputLimits(boolean enabled) {
        this.inputLimits = enabled;
        return this;
    }

    public MagentoSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the maximum page size must be at least 1");
        }
        this.maxPageSize = size;
        return this;
    }

    public MagentoSettings defaultPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the default page size must be at least 1");
        }
        this.defaultPageSize = size;
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
