package com.commerceconnectors.sandbox.oro.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-office users that may call the API with WSSE, each with the API key generated on their profile page (in Oro
 * a key belongs to a user in one organization). Removing a key is what an admin does to lock an integration out.
 */
public final class ApiUsers {

    /** One user's key. {@code toString} never prints it. */
    public record ApiUser(String username, long userId, String apiKey) {
        @Override
        public String toString() {
            return "ApiUser[" + username + ", id=" + userId + "]";
        }
    }

    private final Map<String, ApiUser> byUsername = new ConcurrentHashMap<>();

    public void put(String username, long userId, String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("an API key must not be empty");
        }
        byUsername.put(username, new ApiUser(username, userId, apiKey));
    }

    public void removeKey(String username) {
        byUsername.remove(username);
    }

    public Optional<ApiUser> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
