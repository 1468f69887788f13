package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;

/** A connector's defaults for the auth types core implements, e.g. magento2's admin and customer token endpoints. */
public interface AuthPresets {

    AuthPresets GENERIC = new AuthPresets() {
    };

    /** The preset for this connection's request authentication ({@code userType}, store code…). */
    default RequestAuthDefaults requestAuth(Connection connection) {
        return RequestAuthDefaults.GENERIC;
    }
}
