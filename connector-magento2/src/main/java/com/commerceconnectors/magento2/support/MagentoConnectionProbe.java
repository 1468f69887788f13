package com.commerceconnectors.magento2.support;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.check.TestRefiner;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The connection test's probe: the cheapest authenticated call for the kind of user — a customer reads
 * {@code customers/me}, everyone else {@code store/storeConfigs} — and Magento-specific readings of the outcome.
 */
public final class MagentoConnectionProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Adds the store's base URL and locale when the probe succeeded; when it failed, says what Magento's refusals mean
     * for the connection's auth type — the 2.4.4 changes above all (HMAC-SHA256 only, integration tokens no longer
     * bearer tokens), and an OAuth timestamp refused for a fast clock, which is reported as clock skew.
     */
    public static final TestRefiner REFINER = MagentoConnectionProbe::refine;

    private MagentoConnectionProbe() {
    }

    public static String probePath(Connection connection) {
        boolean customer = connection.auth() instanceof RequestAuth ra && "customer".equals(ra.userType());
        return customer ? "V1/customers/me" : "V1/store/storeConfigs";
    }

    private static TestResult refine(TestResult result, Optional<ApiResponse> response, Optional<ApiException> failure) {
        if (result.ok()) {
            return response.map(r -> withStoreDetails(result, r)).orElse(result);
        }
        if (failure.isEmpty()) {
            return result;
        }
        ApiException e = failure.get();
        String said = e.platformMessage().orElse("").toLowerCase(Locale.ROOT);
        if (said.contains("signature method") && said.contains("not supported")) {
            return result.withHint("Use HMAC-SHA256: set auth.signatureMethod to HMAC-SHA256. Magento 2.4.4 and later"
                    + " accept no other signature method (HMAC-SHA1, RSA-* and PLAINTEXT are refused; only 2.3 and"
                    + " older also take HMAC-SHA1)");
        }
        if (said.contains("oauth_timestamp")) {
            return result.withCategory(TestCategory.CLOCK_SKEW)
                    .withHint("This machine's clock is more than 10 minutes ahead of Magento's, and Magento refuses"
                            + " OAuth timestamps from its future: synchronise this machine's clock (NTP)");
        }
        if ("bearer".equals(result.authType()) && e.status() == 401 && !said.contains("consumer key has expired")) {
            return result.withHint("Magento refused the token, or it lacks permission for the store configuration."
                    + " If it is an integration's access token: Magento 2.4.4 and later refuse those as Bearer tokens"
                    + " unless 'Allow OAuth Access Tokens to be used as standalone Bearer tokens' is on"
                    + " (bin/magento config:set oauth/consumer/enable_integration_as_bearer 1). Better: use auth"
                    + " type oauth1 with the integration's consumer key, consumer secret, access token and access"
                    + " token secret, signed with HMAC-SHA256");
        }
        if (result.category() == TestCategory.AUTHENTICATION && e.advice().isPresent()) {
            return result.withHint(e.advice().get());
        }
        return result;
    }

    private static TestResult withStoreDetails(TestResult result, ApiResponse response) {
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json.isArray() && !json.isEmpty()) {
                JsonNode first = json.get(0);
                TestResult r = result;
                if (first.hasNonNull("base_url")) {
                    r = r.withDetail("storeBaseUrl", first.get("base_url").asText());
                }
                if (first.hasNonNull("locale")) {
                    r = r.withDetail("locale", first.get("locale").asText());
                }
                return r.withDetail("storeViews", json.size());
            }
        } catch (IOException | RuntimeException ignored) {
            // details are a bonus; the verdict stands
        }
        return result;
    }
}
