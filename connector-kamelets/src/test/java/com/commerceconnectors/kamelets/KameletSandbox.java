package com.commerceconnectors.kamelets;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A seeded sandbox and, per scheme, the Kamelet properties that connect to it. */
final class KameletSandbox {

    static final int RECORDS = 6;

    private KameletSandbox() {
    }

    /** A sandbox with a few records of each Kamelet's default resource. */
    static Sandbox start() {
        try {
            Sandbox sandbox = Sandbox.start();
            sandbox.magento().seedProducts(RECORDS);
            sandbox.oro().seedProducts(RECORDS);
            sandbox.commerceLayer().seedSkus(RECORDS);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection properties of a scheme's Kamelets for this sandbox. */
    static Map<String, String> connection(String scheme, Sandbox sandbox) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (scheme) {
            case "magento2" -> {
                p.put("baseUri", sandbox.magentoRestUri().toString());
                p.put("username", MagentoSandbox.ADMIN_USERNAME);
                p.put("password", MagentoSandbox.ADMIN_PASSWORD);
            }
            case "oro" -> {
                p.put("baseUri", sandbox.oroUri().toString());
                p.put("apiPath", "/admin/api");
                p.put("username", OroSandbox.ADMIN_USERNAME);
                p.put("apiKey", OroSandbox.ADMIN_API_KEY);
            }
            case "commercelayer" -> {
                p.put("baseUri", sandbox.commerceLayerBaseUri().toString());
                p.put("clientId", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
                p.put("clientSecret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
                p.put("tokenUri", sandbox.commerceLayerAuthUri() + "/oauth/token");
            }
            default -> throw new IllegalArgumentException(scheme);
        }
        return p;
    }

    /** How many records of the Kamelets' default resource the sandbox holds. */
    static int records(String scheme, Sandbox sandbox) {
        return switch (scheme) {
            case "magento2" -> sandbox.magento().products().size();
            case "oro" -> sandbox.oro().products();
            case "commercelayer" -> sandbox.commerceLayer().skus();
            default -> throw new IllegalArgumentException(scheme);
        };
    }

    /** A new record of the default resource, as JSON, with a code unique to {@code n}. */
    static String newRecord(String scheme, int n) {
        return switch (scheme) {
            case "magento2" -> """
                    {"sku": "KAMELET-%d", "name": "From a Kamelet %d", "price": 9.5, "attribute_set_id": 4,
                     "type_id": "simple"}""".formatted(n, n);
            case "oro" -> """
                    {"type": "products", "attributes": {"sku": "KAMELET-%d", "names": {"default": "From a Kamelet"}},
                     "relationships": {"owner": {"data": {"type": "users", "id": "1"}}}}""".formatted(n);
            case "commercelayer" -> """
                    {"code": "KAMELET-%d", "name": "From a Kamelet %d"}""".formatted(n, n);
            default -> throw new IllegalArgumentException(scheme);
        };
    }
}
