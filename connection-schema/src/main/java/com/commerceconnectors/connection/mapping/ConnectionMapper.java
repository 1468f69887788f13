package com.commerceconnectors.connection.mapping;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.BearerAuth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.connection.Mode;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.connection.WsseAuth;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;

/**
 * Builds the immutable model from a document that passed validation, applying the documented defaults: mode
 * {@code cloud}, oro's apiPath {@code /api}, timeouts 10 s / 60 s, a pool of 64 connections per host and 128 in all. A base URI loses its trailing slashes, so that
 * connectors can append paths that start with one.
 */
public final class ConnectionMapper {

    /** oro's API path when the document names none: the storefront API. */
    public static final String DEFAULT_ORO_API_PATH = "/api";

    private ConnectionMapper() {
    }

    public static Connection toConnection(JsonNode document) {
        ConnectorType connector = ConnectorType.fromId(document.path("connector").asText());
        Mode mode = document.has("mode") ? Mode.fromId(document.get("mode").asText()) : Mode.CLOUD;
        String apiPath = connector == ConnectorType.ORO ? text(document, "apiPath", DEFAULT_ORO_API_PATH) : null;
        JsonNode timeouts = document.path("timeouts");
        JsonNode pool = document.path("pool");
        return new Connection(
                document.path("name").asText(),
                connector,
                mode,
                agent(document.get("agent")),
                baseUri(text(document, "baseUri", null)),
                apiPath,
                text(document, "storeCode", null),
                Timeouts.ofMillis(number(timeouts, "connectMs"), number(timeouts, "readMs")),
                ConnectionPool.of(number(pool, "maxConnectionsPerHost"), number(pool, "maxConnections")),
                auth(document.path("auth")));
    }

    private static Agent agent(JsonNode agent) {
        if (agent == null || !agent.isObject()) {
            return null;
        }
        return new Agent(URI.create(agent.path("proxyUri").asText()), text(agent, "username", null), secret(agent, "password"));
    }

    private static Auth auth(JsonNode auth) {
        String type = auth.path("type").asText();
        return switch (type) {
            case "bearer" -> new BearerAuth(secret(auth, "token"));
            case "requestAuth" -> new RequestAuth(
                    text(auth, "username", null),
                    secret(auth, "password"),
                    text(auth, "userType", null),
                    uri(text(auth, "tokenUri", null)),
                    text(auth, "method", null),
                    text(auth, "body", null),
                    text(auth, "tokenPointer", null),
                    text(auth, "header", null),
                    text(auth, "template", null),
                    auth.has("ttlSeconds") ? Duration.ofSeconds(auth.get("ttlSeconds").asLong()) : null);
            case "oauth1" -> new OAuth1Auth(
                    SignatureMethod.fromId(auth.path("signatureMethod").asText()),
                    text(auth, "consumerKey", null),
                    secret(auth, "consumerSecret"),
                    secret(auth, "accessToken"),
                    secret(auth, "accessTokenSecret"),
                    secret(auth, "privateKey"),
                    secret(auth, "privateKeyPassphrase"),
                    text(auth, "realm", null));
            case "wsse" -> new WsseAuth(text(auth, "username", null), secret(auth, "apiKey"));
            case "oauth2" -> new OAuth2Auth(
                    text(auth, "grantType", null),
                    text(auth, "clientId", null),
                    secret(auth, "clientSecret"),
                    text(auth, "scope", null),
                    text(auth, "username", null),
                    secret(auth, "password"),
                    secret(auth, "refreshToken"),
                    secret(auth, "assertion"),
                    uri(text(auth, "tokenUri", null)));
            default -> throw new IllegalArgumentException("unknown auth type");
        };
    }

    private static URI baseUri(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value;
        while (trimmed.endsWith("/") && !trimmed.endsWith("://")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return URI.create(trimmed);
    }

    private static URI uri(String value) {
        return value == null ? null : URI.create(value);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    private static Secret secret(JsonNode node, String field) {
        return Secret.ofNullable(text(node, field, null));
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }
}
