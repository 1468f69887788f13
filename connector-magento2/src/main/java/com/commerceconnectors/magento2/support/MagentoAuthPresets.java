package com.commerceconnectors.magento2.support;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.core.auth.AuthPresets;
import com.commerceconnectors.core.auth.RequestAuthDefaults;
import com.commerceconnectors.core.http.HttpMethod;

import java.time.Duration;

/**
 * Magento's token endpoints for request authentication. Both answer a bare JSON string. Since 2.4.4 tokens are JWTs
 * whose {@code exp} the cache reads; the TTLs here apply to older opaque tokens (admin 4 h, customer 1 h by default;
 * we assume the shorter JWT default of 1 h for both so an unknown token is refreshed early rather than late).
 */
public final class MagentoAuthPresets implements AuthPresets {

    public static final MagentoAuthPresets INSTANCE = new MagentoAuthPresets();

    static final String BODY = "{\"username\":\"{username}\",\"password\":\"{password}\"}";

    private MagentoAuthPresets() {
    }

    @Override
    public RequestAuthDefaults requestAuth(Connection connection) {
        String userType = connection.auth() instanceof RequestAuth ra && ra.userType() != null ? ra.userType() : "admin";
        // no store code: tokens are not store-scoped, and /rest/V1 exists on every store
        String path = "customer".equals(userType) ? "V1/integration/customer/token" : "V1/integration/admin/token";
        return new RequestAuthDefaults(path, HttpMethod.POST, BODY, "", "Authorization", "Bearer {token}", Duration.ofHours(1));
    }
}
