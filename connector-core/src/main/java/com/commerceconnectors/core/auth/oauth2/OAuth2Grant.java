package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.Secret;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of one token request (RFC 6749 §4.3, §4.4, §6 and RFC 7523), as JSON: the fields the grant uses and no
 * others. Oro and Commerce Layer both take a JSON body at their token endpoints.
 */
final class OAuth2Grant {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuth2Auth auth;

    OAuth2Grant(OAuth2Auth auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    /** The configured grant, as the document says. */
    byte[] configuredBody() {
        ObjectNode body = common(auth.grantType());
        switch (auth.grantType()) {
            case OAuth2Auth.PASSWORD -> {
                put(body, "username", auth.username());
                putSecret(body, "password", auth.password());
            }
            case OAuth2Auth.REFRESH_TOKEN -> putSecret(body, "refresh_token", auth.refreshToken());
            case OAuth2Auth.JWT_BEARER -> putSecret(body, "assertion", auth.assertion());
            default -> {
                // client_credentials: the client's own credentials are the grant
            }
        }
        return bytes(body);
    }

    /** A refresh with a refresh token the server handed out earlier. */
    byte[] refreshBody(Secret refreshToken) {
        ObjectNode body = common(OAuth2Auth.REFRESH_TOKEN);
        putSecret(body, "refresh_token", refreshToken);
        return bytes(body);
    }

    /** RFC 7009 style revocation, the shape Commerce Layer takes: {@code {client_id, client_secret?, token}}. */
    byte[] revokeBody(Secret token) {
        ObjectNode body = JSON.createObjectNode();
        body.put("client_id", auth.clientId());
        putSecret(body, "client_secret", auth.clientSecret());
        putSecret(body, "token", token);
        return bytes(body);
    }

    /** Whether the configured grant itself is a refresh (then a refused refresh has nothing to fall back on). */
    boolean configuredIsRefresh() {
        return OAuth2Auth.REFRESH_TOKEN.equals(auth.grantType());
    }

    /** Every secret a request may carry, so an endpoint that echoes them never gets them quoted. */
    List<Secret> secrets(Secret heldRefreshToken) {
        List<Secret> secrets = new ArrayList<>();
        for (Secret s : new Secret[] {auth.clientSecret(), auth.password(), auth.refreshToken(), auth.assertion(),
                heldRefreshToken}) {
            if (s != null) {
                secrets.add(s);
            }
        }
        return secrets;
    }

    private ObjectNode common(String grantType) {
        ObjectNode body = JSON.createObjectNode();
        body.put("grant_type", grantType);
        body.put("client_id", auth.clientId());
        putSecret(body, "client_secret", auth.clientSecret());
        put(body, "scope", auth.scope());
        return body;
    }

    private static void put(ObjectNode body, String name, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(name, value);
        }
    }

    private static void putSecret(ObjectNode body, String name, Secret value) {
        if (value != null) {
            body.put(name, value.reveal());
        }
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON object of strings always serialises", e);
        }
    }
}
