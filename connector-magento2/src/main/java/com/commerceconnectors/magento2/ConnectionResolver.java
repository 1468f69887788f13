package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.Timeouts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds an endpoint's connection in exactly one source — the endpoint's connection bean, its connectionResource,
 * its security options, or the component's connection — and applies the overrides an endpoint may make.
 * Security options become a connection document that is validated like any other.
 */
final class ConnectionResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectionResolver() {
    }

    static Connection resolve(Magento2Configuration config, Connection componentDefault, String endpointName) {
        int sources = (config.getConnection() != null ? 1 : 0)
                + (config.getConnectionResource() != null ? 1 : 0)
                + (config.hasInlineConnection() ? 1 : 0);
        if (sources > 1) {
            throw new IllegalArgumentException("magento2:" + endpointName + " names its connection in more than one way"
                    + " (connection, connectionResource, security options): auth must come from exactly one source");
        }
        Connection connection;
        if (config.getConnection() != null) {
            connection = config.getConnection();
        } else if (config.getConnectionResource() != null) {
            connection = new ConnectionLoader().load(config.getConnectionResource());
        } else if (config.hasInlineConnection()) {
            connection = new ConnectionLoader().parse(inlineDocument(config, endpointName), "endpoint options of magento2:" + endpointName);
        } else if (componentDefault != null) {
            connection = componentDefault;
        } else {
            throw new IllegalArgumentException("magento2:" + endpointName + " has no connection: set connection=#bean,"
                    + " connectionResource=file:…, or baseUri with bearerToken or username/password");
        }
        if (!"magento2".equals(connection.connector().id())) {
            throw new IllegalArgumentException("connection '" + connection.name() + "' is for " + connection.connector().id()
                    + ", not magento2");
        }
        Timeouts timeouts = null;
        if (config.getConnectTimeout() != null || config.getReadTimeout() != null) {
            timeouts = new Timeouts(
                    config.getConnectTimeout() != null ? java.time.Duration.ofMillis(config.getConnectTimeout()) : connection.timeouts().connect(),
                    config.getReadTimeout() != null ? java.time.Duration.ofMillis(config.getReadTimeout()) : connection.timeouts().read());
        }
        // storeCode stays out of the connection: it scopes URLs, not tokens, so all store views share one client
        return connection.withOverrides(null, null, timeouts);
    }

    /** The connection document that the security options describe; validated by the loader like a file. */
    static String inlineDocument(Magento2Configuration c, String endpointName) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", sanitiseName("endpoint-" + endpointName));
        doc.put("connector", "magento2");
        if (c.getBaseUri() != null) {
            doc.put("baseUri", c.getBaseUri());
        }
        if (c.getProxyUri() != null) {
            doc.put("mode", "onPremise");
            ObjectNode agent = doc.putObject("agent");
            agent.put("proxyUri", c.getProxyUri());
            if (c.getProxyUsername() != null) {
                agent.put("username", c.getProxyUsername());
            }
            if (c.getProxyPassword() != null) {
                agent.put("password", c.getProxyPassword());
            }
        }
        ObjectNode auth = doc.putObject("auth");
        if (c.getBearerToken() != null) {
            auth.put("type", "bearer");
            auth.put("token", c.getBearerToken());
            if (c.getUsername() != null || c.getPassword() != null) {
                // let the schema report the conflict with its pointers
                auth.put("username", c.getUsername() != null ? c.getUsername() : "");
            }
        } else {
            auth.put("type", "requestAuth");
            if (c.getUsername() != null) {
                auth.put("username", c.getUsername());
            }
            if (c.getPassword() != null) {
                auth.put("password", c.getPassword());
            }
            if (c.getUserType() != null) {
                auth.put("userType", c.getUserType());
            }
        }
        return doc.toString();
    }

    private static String sanitiseName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
