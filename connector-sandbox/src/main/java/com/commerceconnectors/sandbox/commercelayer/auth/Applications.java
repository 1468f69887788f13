package com.commerceconnectors.sandbox.commercelayer.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The organization's API credentials, by client id and by application id. */
public final class Applications {

    private final Map<String, Application> byClientId = new ConcurrentHashMap<>();
    private final Map<String, Application> byId = new ConcurrentHashMap<>();

    public void add(Application application) {
        byClientId.put(application.clientId(), application);
        byId.put(application.id(), application);
    }

    public Optional<Application> byClientId(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(byClientId.get(clientId));
    }

    public Optional<Application> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }
}
