package com.commerceconnectors.sandbox.magento.auth;

import java.util.OptionalLong;

/** Finds the customer signing in with an e-mail address on a website. */
@FunctionalInterface
public interface CustomerLogins {

    OptionalLong customerId(String email, int websiteId);
}
