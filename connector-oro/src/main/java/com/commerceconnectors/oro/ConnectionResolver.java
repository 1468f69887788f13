package com.commerceconnectors.oro;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.oro.api.OroApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * Finds an endpoint's connection in exactly one source — the endpoint's connection bean, its connectionResource,
 * its security options, or the component's connection — and applies the overrides an endpoint may make (apiPath,
 * timeouts). Security options become a connection document that is validated like any other:
 * {@code bearerToken} → bearer; {@code clientId} (+ {@code clientSecret}, + {@code username}/{@code password} for the
 * password grant) → oauth2; {@code username} + {@code apiKey} → wsse.
 */
final class ConnectionResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectionResolver() {
    }

    static Connection resolve(OroConfiguration config, Connection componentDefault, String endpointName) {
        int sources = (config.getConnection() != null ? 1 : 0)
                + (config.getConnectionResource() != null ? 1 : 0)
                + (config.hasInlineConnection() ? 1 : 0);
        if (sources > 1) {
            throw new IllegalArgumentException("oro:" + endpointName + " names its connection in more than one way"
                    + " (connection, connectionResource, security options): auth must come from exactly one source");
        }
        Connection connection;
        if (config.getConnection() != null) {
            connection = config.getConnection();
        } else if (config.getConnectionResource() != null) {
            connection = new ConnectionLoader().load(config.getConnectionResource());
        } else if (config.hasInlineConnection()) {
            connection = new ConnectionLoader().parse(inlineDocument(config, endpointName), "endpoint options of oro:" + endpointName);
        } else if (componentDefault != null) {
            connection = componentDefault;
        } else {
            throw new IllegalArgumentException("oro:" + endpointName + " has no connection: set connection=#bean,"
                    + " connectionResource=file:…, or baseUri with username/apiKey (WSSE), clientId/clientSecret (OAuth2)"
                    + " or bearerToken");
        }
        if (!"oro".equals(connection.connector().id())) {
            throw new IllegalArgumentException("connection '" + connection.name() + "' is for " + connection.connector().id()
                    + ", not oro");
        }
        Timeouts timeouts = null;
        if (config.getConnectTimeout() != null || config.getReadTimeout() != null) {
            timeouts = new Timeouts(
                    config.getConnectTimeout() != null ? Duration.ofMillis(config.getConnectTimeout()) : connection.timeouts().connect(),
                    config.getReadTimeout() != null ? Duration.ofMillis(config.getReadTimeout()) : connection.timeouts().read());
        }
        String apiPath = config.getApiPath() == null || config.getApiPath().isBlank() ? null
                : OroApi.normalisedApiPath(config.getApiPath());
        // apiPath is part of the connection on purpose: back-office and storefront tokens are not interchangeable,
        // so each API path gets its own client and token cache
        return connection.withOverrides(null, apiPath, timeouts);
    }

    /** The connection document that the security options describe; validated by the loader like a file. */
    static String inlineDocument(OroConfiguration c, String endpointName) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", sanitiseName("endpoint-" + endpointName));
        doc.put("connector", "oro");
        if (c.getBaseUri() != null) {
            doc.put("baseUri", c.getBaseUri());
        }
        if (c.getApiPath() != null && !c.getApiPath().isBlank()) {
            doc.put("apiPath", OroApi.normalisedApiPath(c.getApiPath()));
        }
        if (c.getProxyUri() != null) {
            doc.put("mode", "onPremise");
            ObjectNode agent = doc.putObject("agent");
            agent.put("proxyUri", c.getProxyUri());
            putIfSet(agent, "username", c.getProxyUsername());
            putIfSet(agent, "password", c.getProxyPassword());
        }
        ObjectNode auth = doc.putObject("auth");
        if (c.getBearerToken() != null) {
            auth.put("type", "bearer");
            auth.put("token", c.getBearerToken());
            // anything else set is a conflict: let the schema report it with its pointers
            putIfSet(auth, "clientId", c.getClientId());
            putIfSet(auth, "apiKey", c.getApiKey());
        } else if (c.getClientId() != null || c.getClientSecret() != null || c.getPassword() != null) {
            auth.put("type", "oauth2");
            boolean passwordGrant = c.getPassword() != null || c.getUsername() != null && c.getApiKey() == null;
            auth.put("grantType", passwordGrant ? "password" : "client_credentials");
            putIfSet(auth, "clientId", c.getClientId());
            putIfSet(auth, "clientSecret", c.getClientSecret());
            putIfSet(auth, "username", c.getUsername());
            putIfSet(auth, "password", c.getPassword());
            putIfSet(auth, "apiKey", c.getApiKey());
        } else {
            auth.put("type", "wsse");
            putIfSet(auth, "username", c.getUsername());
            putIfSet(auth, "apiKey", c.getApiKey());
        }
        return doc.toString();
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String sanitiseName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
