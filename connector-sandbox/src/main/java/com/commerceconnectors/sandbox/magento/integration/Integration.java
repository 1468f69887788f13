package com.commerceconnectors.sandbox.magento.integration;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One integration and its OAuth consumer (Magento keeps them in two tables; here they share the id, which is what
 * Magento's messages call the consumer ID). {@code resources} empty means "All" resource access.
 * {@code consumerUpdatedAt} is when the consumer was last posted to a callback: the key must be used within the
 * consumer expiration period from then. Its {@code toString} shows neither key nor secret.
 */
public record Integration(long id, String name, IntegrationStatus status, Set<String> resources, String consumerKey,
                          String consumerSecret, Instant consumerUpdatedAt, PublicKey rsaPublicKey) {

    public Integration {
        resources = Set.copyOf(resources);
    }

    public boolean active() {
        return status == IntegrationStatus.ACTIVE;
    }

    public boolean allows(String resource) {
        return resources.isEmpty() || resources.contains(resource);
    }

    public Optional<PublicKey> publicKey() {
        return Optional.ofNullable(rsaPublicKey);
    }

    Integration withStatus(IntegrationStatus newStatus) {
        return new Integration(id, name, newStatus, resources, consumerKey, consumerSecret, consumerUpdatedAt,
                rsaPublicKey);
    }

    Integration postedAt(Instant when) {
        return new Integration(id, name, status, resources, consumerKey, consumerSecret, when, rsaPublicKey);
    }

    Integration withPublicKey(PublicKey key) {
        return new Integration(id, name, status, resources, consumerKey, consumerSecret, consumerUpdatedAt, key);
    }

    @Override
    public String toString() {
        return "Integration[" + id + ", " + name + ", " + status + ", resources "
                + (resources.isEmpty() ? "all" : resources) + "]";
    }
}
