package com.commerceconnectors.magento2.support;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.check.TestRefiner;

/**
 * The connection test's probe: the cheapest authenticated call for the kind of user — a customer reads
 * {@code customers/me}, everyone else {@code store/storeConfigs} — and Magento-specific readings of the outcome.
 */
public final class MagentoConnectionProbe {

    /** Adds what Magento's identical 401s may mean, and the store's base URL and locale when the probe succeeded. */
    public static final TestRefiner REFINER = (result, response, failure) -> {
        if (result.ok() && response.isPresent()) {
            try {
                var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.get().body());
                if (json.isArray() && !json.isEmpty()) {
                    var first = json.get(0);
                    if (first.hasNonNull("base_url")) {
                        result = result.withDetail("storeBaseUrl", first.get("base_url").asText());
                    }
                    if (first.hasNonNull("locale")) {
                        result = result.withDetail("locale", first.get("locale").asText());
                    }
                    result = result.withDetail("storeViews", json.size());
                }
            } catch (java.io.IOException | RuntimeException ignored) {
                // details are a bonus; the verdict stands
            }
            return result;
        }
        if (result.category() == TestCategory.AUTHENTICATION && failure.isPresent() && failure.get().advice().isPresent()) {
            return result.withHint(failure.get().advice().get());
        }
        return result;
    };

    private MagentoConnectionProbe() {
    }

    public static String probePath(Connection connection) {
        boolean customer = connection.auth() instanceof RequestAuth ra && "customer".equals(ra.userType());
        return customer ? "V1/customers/me" : "V1/store/storeConfigs";
    }
}
