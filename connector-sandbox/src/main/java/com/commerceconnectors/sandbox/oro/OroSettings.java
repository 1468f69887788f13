package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.oro.auth.ApiKind;

import java.time.Duration;
import java.util.Objects;

/**
 * The configuration switches of the emulated Oro application, each named after the setting it stands for. Changes
 * apply to the next request. Defaults: both APIs on (System Configuration › Web API), WSSE headers valid for 3600
 * seconds (as Oro documents; its code default is 300) with nonces remembered as long, access tokens of one hour,
 * refresh tokens of 30 days, the guest storefront API on, pages of 10 and at most 100.
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
