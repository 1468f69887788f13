package com.commerceconnectors.sandbox.oro.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The OAuth applications of the emulated Oro, by client id. */
public final class OAuthClients {

    private final Map<String, OAuthClient> byId = new ConcurrentHashMap<>();

    public void add(OAuthClient client) {
        byId.put(client.clientId(), client);
    }

    public void remove(String clientId) {
        byId.remove(clientId);
    }

    /** The client when the id is known, the secret right (compared in constant time) and the grant allowed. */
    public Optional<OAuthClient> authenticate(String clientId, String clientSecret, String grantType) {
        OAuthClient client = byId.get(clientId);
        if (client == null || clientSecret == null || !client.allows(grantType)) {
            return Optional.empty();
        }
        boolean secretMatches = MessageDigest.isEqual(client.clientSecret().getBytes(StandardCharsets.UTF_8),
                clientSecret.getBytes(StandardCharsets.UTF_8));
        return secretMatches ? Optional.of(client) : Optional.empty();
    }
}
