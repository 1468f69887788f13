package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.Timeouts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Objects;

/**
 * Finds an endpoint's connection in exactly one source — the endpoint's connection bean, its connectionResource, its
 * security options, or the component's connection — and applies the timeouts an endpoint may override. Security
 * options become a connection document that the loader validates like any file, so they get the same pointers and
 * messages; only the {@code auth} object differs per platform, and each connector writes it with its {@link InlineAuth}.
 */
public final class ConnectionResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes a platform's inline auth options into the connection document being built. */
    @FunctionalInterface
    public interface InlineAuth {
        /**
         * @param document the whole document (name, connector, baseUri and agent are written already)
         * @param auth     its {@code auth} object, empty
         */
        void write(ObjectNode document, ObjectNode auth);
    }

    private ConnectionResolver() {
    }

    /**
     * @param missing what to tell a user who gave no connection at all, e.g. "baseUri with bearerToken"
     * @throws IllegalArgumentException when the sources conflict, none is given, or the connection is another connector's
     */
    public static Connection resolve(ConnectorConfiguration config, Connection componentDefault, String scheme,
                                     String missing, InlineAuth inlineAuth) {
        Objects.requireNonNull(scheme, "scheme");
        String endpoint = scheme + ":" + config.getResource();
        int sources = (config.getConnection() != null ? 1 : 0)
                + (config.getConnectionResource() != null ? 1 : 0)
                + (config.hasInlineConnection() ? 1 : 0);
        if (sources > 1) {
            throw new IllegalArgumentException(endpoint + " names its connection in more than one way (connection,"
                    + " connectionResource, security options): auth must come from exactly one source");
        }
        Connection connection;
        if (config.getConnection() != null) {
            connection = config.getConnection();
        } else if (config.getConnectionResource() != null) {
            connection = new ConnectionLoader().load(config.getConnectionResource());
        } else if (config.hasInlineConnection()) {
            connection = new ConnectionLoader().parse(inlineDocument(config, scheme, inlineAuth),
                    "endpoint options of " + endpoint);
        } else if (componentDefault != null) {
            connection = componentDefault;
        } else {
            throw new IllegalArgumentException(endpoint + " has no connection: set connection=#bean,"
                    + " connectionResource=file:…, or " + missing);
        }
        if (!scheme.equals(connection.connector().id())) {
            throw new IllegalArgumentException("connection '" + connection.name() + "' is for "
                    + connection.connector().id() + ", not " + scheme);
        }
        Timeouts timeouts = null;
        if (config.getConnectTimeout() != null || config.getReadTimeout() != null) {
            timeouts = new Timeouts(
                    config.getConnectTimeout() != null ? Duration.ofMillis(config.getConnectTimeout()) : connection.timeouts().connect(),
                    config.getReadTimeout() != null ? Duration.ofMillis(config.getReadTimeout()) : connection.timeouts().read());
        }
        return connection.withOverrides(null, null, timeouts);
    }

    /** The connection document the security options describe. */
    static String inlineDocument(ConnectorConfiguration c, String scheme, InlineAuth inlineAuth) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", sanitiseName("endpoint-" + c.getResource()));
        doc.put("connector", scheme);
        putIfSet(doc, "baseUri", c.getBaseUri());
        if (c.getProxyUri() != null) {
            doc.put("mode", "onPremise");
            ObjectNode agent = doc.putObject("agent");
            agent.put("proxyUri", c.getProxyUri());
            putIfSet(agent, "username", c.getProxyUsername());
            putIfSet(agent, "password", c.getProxyPassword());
        }
        inlineAuth.write(doc, doc.putObject("auth"));
        return doc.toString();
    }

    /** Puts a value that is set; leaves the field out otherwise, so the schema reports it as missing by its pointer. */
    public static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String sanitiseName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
