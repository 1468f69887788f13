package com.commerceconnectors.spring.boot;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sandbox for a test class, and its connections written as {@code commerce.connections.*} properties. */
final class SandboxConnections {

    private SandboxConnections() {
    }

    /** A sandbox with a few records of each kind the tests read. */
    static Sandbox start() {
        try {
            Sandbox sandbox = Sandbox.start();
            sandbox.magento().seedProducts(7);
            sandbox.oro().seedProducts(7);
            sandbox.commerceLayer().seedSkus(7);
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Magento admin connection (request authentication) with this password. */
    static Map<String, String> magento2(String bean, Sandbox sandbox, String password) {
        Map<String, String> p = new LinkedHashMap<>();
        String prefix = "commerce.connections." + bean + ".";
        p.put(prefix + "connector", "magento2");
        p.put(prefix + "base-uri", sandbox.magentoRestUri().toString());
        p.put(prefix + "timeouts.connect-ms", "2000");
        p.put(prefix + "timeouts.read-ms", "10000");
        p.put(prefix + "auth.type", "requestAuth");
        p.put(prefix + "auth.username", MagentoSandbox.ADMIN_USERNAME);
        p.put(prefix + "auth.password", password);
        return p;
    }

    static Map<String, String> magento2(String bean, Sandbox sandbox) {
        return magento2(bean, sandbox, MagentoSandbox.ADMIN_PASSWORD);
    }

    /** An Oro back-office connection with WSSE. */
    static Map<String, String> oro(String bean, Sandbox sandbox) {
        Map<String, String> p = new LinkedHashMap<>();
        String prefix = "commerce.connections." + bean + ".";
        p.put(prefix + "connector", "oro");
        p.put(prefix + "base-uri", sandbox.oroUri().toString());
        p.put(prefix + "api-path", "/admin/api");
        p.put(prefix + "auth.type", "wsse");
        p.put(prefix + "auth.username", OroSandbox.ADMIN_USERNAME);
        p.put(prefix + "auth.api-key", OroSandbox.ADMIN_API_KEY);
        return p;
    }

    /** A Commerce Layer integration (client credentials). */
    static Map<String, String> commerceLayer(String bean, Sandbox sandbox) {
        Map<String, String> p = new LinkedHashMap<>();
        String prefix = "commerce.connections." + bean + ".";
        p.put(prefix + "connector", "commercelayer");
        p.put(prefix + "base-uri", sandbox.commerceLayerBaseUri().toString());
        p.put(prefix + "auth.type", "oauth2");
        p.put(prefix + "auth.grant-type", "client_credentials");
        p.put(prefix + "auth.client-id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        p.put(prefix + "auth.client-secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        p.put(prefix + "auth.token-uri", sandbox.commerceLayerAuthUri() + "/oauth/token");
        return p;
    }
}
