package com.commerceconnectors.cli.run;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerDemoData;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoDemoData;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroDemoData;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connections {@code connectors run --sandbox} binds, one per platform of the embedded sandbox, under the names
 * the sample routes use: {@value #MAGENTO}, {@value #ORO} and {@value #COMMERCE_LAYER}. Each is an ordinary
 * connection document, validated like any other; the credentials are the sandbox's public test values.
 */
public final class SandboxConnections {

    public static final String MAGENTO = "magento";
    public static final String ORO = "oro";
    public static final String COMMERCE_LAYER = "commercelayer";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxConnections() {
    }

    /** Seeds the sandbox's demo data. */
    public static void seed(Sandbox sandbox) {
        MagentoDemoData.seed(sandbox.magento());
        OroDemoData.seed(sandbox.oro());
        CommerceLayerDemoData.seed(sandbox.commerceLayer());
    }

    /** Bean name → connection, for every platform the sandbox emulates. */
    public static Map<String, Connection> of(Sandbox sandbox) {
        ConnectionLoader loader = new ConnectionLoader();
        Map<String, Connection> connections = new LinkedHashMap<>();
        connections.put(MAGENTO, loader.parse(magento(sandbox).toString(), "sandbox magento connection"));
        connections.put(ORO, loader.parse(oro(sandbox).toString(), "sandbox oro connection"));
        connections.put(COMMERCE_LAYER, loader.parse(commerceLayer(sandbox).toString(), "sandbox commercelayer connection"));
        return connections;
    }

    /** Request authentication as the sandbox's admin. */
    public static ObjectNode magento(Sandbox sandbox) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", "sandbox-magento");
        doc.put("connector", "magento2");
        doc.put("baseUri", sandbox.magentoRestUri().toString());
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "requestAuth");
        auth.put("username", MagentoSandbox.ADMIN_USERNAME);
        auth.put("password", MagentoSandbox.ADMIN_PASSWORD);
        auth.put("userType", "admin");
        return doc;
    }

    /** WSSE as the sandbox's back-office admin. */
    public static ObjectNode oro(Sandbox sandbox) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", "sandbox-oro");
        doc.put("connector", "oro");
        doc.put("baseUri", sandbox.oroUri().toString());
        doc.put("apiPath", "/admin/api");
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "wsse");
        auth.put("username", OroSandbox.ADMIN_USERNAME);
        auth.put("apiKey", OroSandbox.ADMIN_API_KEY);
        return doc;
    }

    /** OAuth2 client credentials of the sandbox's integration application, at the sandbox's auth server. */
    public static ObjectNode commerceLayer(Sandbox sandbox) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", "sandbox-commercelayer");
        doc.put("connector", "commercelayer");
        doc.put("baseUri", sandbox.commerceLayerBaseUri().toString());
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "oauth2");
        auth.put("grantType", "client_credentials");
        auth.put("clientId", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        auth.put("clientSecret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        auth.put("tokenUri", sandbox.commerceLayerAuthUri() + "/oauth/token");
        return doc;
    }
}
