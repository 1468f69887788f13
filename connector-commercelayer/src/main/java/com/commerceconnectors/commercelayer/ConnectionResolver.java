package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.Timeouts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * Finds an endpoint's connection in exactly one source — the endpoint's connection bean, its connectionResource, its
 * security options, or the component's connection — and applies the overrides an endpoint may make (timeouts).
 * Security options become a connection document that is validated like any other.
 */
final class ConnectionResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectionResolver() {
    }

    static Connection resolve(CommerceLayerConfiguration config, Connection componentDefault, String endpointName) {
        int sources = (config.getConnection() != null ? 1 : 0)
                + (config.getConnectionResource() != null ? 1 : 0)
                + (config.hasInlineConnection() ? 1 : 0);
        if (sources > 1) {
            throw new IllegalArgumentException("commercelayer:" + endpointName + " names its connection in more than one"
                    + " way (connection, connectionResource, security options): auth must come from exactly one source");
        }
        Connection connection;
        if (config.getConnection() != null) {
            connection = config.getConnection();
        } else if (config.getConnectionResource() != null) {
            connection = new ConnectionLoader().load(config.getConnectionResource());
        } else if (config.hasInlineConnection()) {
            connection = new ConnectionLoader().parse(inlineDocument(config, endpointName),
                    "endpoint options of commercelayer:" + endpointName);
        } else if (componentDefault != null) {
            connection = componentDefault;
        } else {
            throw new IllegalArgumentException("commercelayer:" + endpointName + " has no connection: set"
                    + " connection=#bean, connectionResource=file:…, or clientId (with clientSecret for an integration)"
                    + " or bearerToken");
        }
        if (!"commercelayer".equals(connection.connector().id())) {
            throw new IllegalArgumentException("connection '" + connection.name() + "' is for "
                    + connection.connector().id() + ", not commercelayer");
        }
        Timeouts timeouts = null;
        if (config.getConnectTimeout() != null || config.getReadTimeout() != null) {
            timeouts = new Timeouts(
                    config.getConnectTimeout() != null ? Duration.ofMillis(config.getConnectTimeout()) : connection.timeouts().connect(),
                    config.getReadTimeout() != null ? Duration.ofMillis(config.getReadTimeout()) : connection.timeouts().read());
        }
        return connection.withOverrides(null, null, timeouts);
    }

    /** The connection document the security options describe; validated by the loader like a file. */
    static String inlineDocument(CommerceLayerConfiguration c, String endpointName) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", sanitiseName("endpoint-" + endpointName));
        doc.put("connector", "commercelayer");
        if (c.getBaseUri() != null) {
            doc.put("baseUri", c.getBaseUri());
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
            // anything else set with it: let the schema report the conflict with its pointers
            putIfSet(auth, "clientId", c.getClientId());
        } else {
            auth.put("type", "oauth2");
            auth.put("grantType", c.getGrantType() != null ? c.getGrantType() : "client_credentials");
            putIfSet(auth, "clientId", c.getClientId());
            putIfSet(auth, "clientSecret", c.getClientSecret());
            putIfSet(auth, "scope", c.getScope());
            putIfSet(auth, "username", c.getUsername());
            putIfSet(auth, "password", c.getPassword());
            putIfSet(auth, "refreshToken", c.getRefreshToken());
            putIfSet(auth, "assertion", c.getAssertionToken());
            putIfSet(auth, "tokenUri", c.getTokenUri());
        }
        return doc.toString();
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String sanitiseName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
