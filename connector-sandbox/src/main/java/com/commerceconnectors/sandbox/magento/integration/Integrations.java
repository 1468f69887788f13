package com.commerceconnectors.sandbox.magento.integration;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The integrations of the emulated store and their token rows, as Magento's {@code integration}, {@code oauth_consumer}
 * and {@code oauth_token} tables hold them. Every change is atomic (one lock), so two concurrent handshakes cannot
 * both convert the same token.
 */
public final class Integrations {

    private static final Pattern CREDENTIAL = Pattern.compile("[a-z0-9]{" + RandomTokens.LENGTH + "}");

    private final RandomTokens random = new RandomTokens();
    private final Map<Long, Integration> byId = new HashMap<>();
    private final Map<Long, OAuthToken> tokens = new HashMap<>();
    private final Map<String, Long> tokenOwners = new HashMap<>();
    private long nextId = 1;

    /**
     * Adds an inactive integration with a new consumer key and secret. With no {@code resources} it has "All"
     * resource access; otherwise only those ACL resources (e.g. {@code Magento_Catalog::products}).
     */
    public synchronized Integration create(String name, Collection<String> resources, Instant now) {
        requireNewName(name);
        Integration integration = new Integration(nextId++, name, IntegrationStatus.INACTIVE, Set.copyOf(resources),
                uniqueConsumerKey(), random.next(), now, null);
        byId.put(integration.id(), integration);
        return integration;
    }

    /** Adds an integration that is active already with these fixed credentials (each 32 of a-z and 0-9). */
    public synchronized Integration addActive(String name, IntegrationCredentials credentials,
                                              Collection<String> resources, Instant now) {
        requireNewName(name);
        requireCredential(credentials.consumerKey(), "consumer key");
        requireCredential(credentials.consumerSecret(), "consumer secret");
        requireCredential(credentials.accessToken(), "access token");
        requireCredential(credentials.accessTokenSecret(), "access token secret");
        if (byConsumerKeyLocked(credentials.consumerKey()).isPresent()
                || tokenOwners.containsKey(credentials.accessToken())) {
            throw new IllegalArgumentException("these integration credentials are registered already");
        }
        Integration integration = new Integration(nextId++, name, IntegrationStatus.ACTIVE, Set.copyOf(resources),
                credentials.consumerKey(), credentials.consumerSecret(), now, null);
        byId.put(integration.id(), integration);
        putToken(integration.id(), new OAuthToken(TokenType.ACCESS, credentials.accessToken(),
                credentials.accessTokenSecret(), random.next(), false));
        return integration;
    }

    public synchronized Optional<Integration> byName(String name) {
        return byId.values().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public synchronized Optional<Integration> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized Optional<Integration> byConsumerKey(String consumerKey) {
        return byConsumerKeyLocked(consumerKey);
    }

    public synchronized List<Integration> all() {
        return new ArrayList<>(byId.values());
    }

    /** The integration's token row, whatever its type. */
    public synchronized Optional<OAuthToken> token(long integrationId) {
        return Optional.ofNullable(tokens.get(integrationId));
    }

    /** The token row that currently has this token value, whatever its type. */
    public synchronized Optional<TokenRow> findToken(String token) {
        Long owner = tokenOwners.get(token);
        return owner == null ? Optional.empty() : Optional.of(new TokenRow(owner, tokens.get(owner)));
    }

    /** The active integration whose live (unrevoked) access token this is; how bearer use of it is resolved. */
    public synchronized Optional<Integration> activeByAccessToken(String token) {
        Long owner = tokenOwners.get(token);
        if (owner == null) {
            return Optional.empty();
        }
        OAuthToken row = tokens.get(owner);
        Integration integration = byId.get(owner);
        boolean usable = row.type() == TokenType.ACCESS && !row.revoked() && integration.active();
        return usable ? Optional.of(integration) : Optional.empty();
    }

    /**
     * The first half of "Activate" for an integration with a callback URL: an earlier token is dropped (as
     * "Reauthorize" does, which also makes the integration inactive), a verifier token is created (or the pending
     * one reused), and the consumer's clock starts: the key must be used within the expiration period from now.
     */
    public synchronized CallbackPost prepareCallback(String name, String storeBaseUrl, Instant now) {
        Integration integration = requireByName(name);
        OAuthToken existing = tokens.get(integration.id());
        if (existing == null || existing.type() != TokenType.VERIFIER) {
            putToken(integration.id(), new OAuthToken(TokenType.VERIFIER, uniqueToken(), random.next(),
                    random.next(), false));
        }
        integration = integration.withStatus(IntegrationStatus.INACTIVE).postedAt(now);
        byId.put(integration.id(), integration);
        return new CallbackPost(integration.consumerKey(), integration.consumerSecret(), storeBaseUrl,
                tokens.get(integration.id()).verifier());
    }

    /**
     * "Activate" for an integration without a callback URL: a new access token at once (replacing any earlier one)
     * and the integration active.
     */
    public synchronized IntegrationCredentials activateWithoutCallback(String name) {
        Integration integration = requireByName(name);
        putToken(integration.id(), new OAuthToken(TokenType.ACCESS, uniqueToken(), random.next(), random.next(),
                false));
        byId.put(integration.id(), integration.withStatus(IntegrationStatus.ACTIVE));
        OAuthToken token = tokens.get(integration.id());
        return new IntegrationCredentials(integration.consumerKey(), integration.consumerSecret(), token.token(),
                token.secret());
    }

    /**
     * Turns the integration's token row of type {@code from} into a new token and secret of type {@code to}; an
     * access token also activates the integration.
     *
     * @return the new pair, or empty when the row is missing or no longer of type {@code from}
     */
    public synchronized Optional<TokenPair> convert(long integrationId, TokenType from, TokenType to) {
        OAuthToken current = tokens.get(integrationId);
        return current == null ? Optional.empty() : convert(integrationId, current.token(), from, to);
    }

    /**
     * As {@link #convert(long, TokenType, TokenType)}, but only while the row still holds {@code expectedToken}, so a
     * token checked a moment ago cannot be swapped for another before it is converted.
     */
    public synchronized Optional<TokenPair> convert(long integrationId, String expectedToken, TokenType from,
                                                    TokenType to) {
        OAuthToken current = tokens.get(integrationId);
        if (current == null || current.type() != from || !current.token().equals(expectedToken)) {
            return Optional.empty();
        }
        OAuthToken converted = current.convertedTo(to, uniqueToken(), random.next());
        putToken(integrationId, converted);
        if (to == TokenType.ACCESS) {
            byId.computeIfPresent(integrationId, (id, i) -> i.withStatus(IntegrationStatus.ACTIVE));
        }
        return Optional.of(new TokenPair(converted.token(), converted.secret()));
    }

    /** The consumer's RSA public key, against which RSA-* signatures are checked (when those methods are allowed). */
    public synchronized void setPublicKey(String name, PublicKey key) {
        Integration integration = requireByName(name);
        byId.put(integration.id(), integration.withPublicKey(key));
    }

    private Integration requireByName(String name) {
        return byId.values().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("there is no integration named '" + name + "'"));
    }

    private Optional<Integration> byConsumerKeyLocked(String consumerKey) {
        return byId.values().stream().filter(i -> i.consumerKey().equals(consumerKey)).findFirst();
    }

    private void putToken(long integrationId, OAuthToken token) {
        OAuthToken previous = tokens.put(integrationId, token);
        if (previous != null) {
            tokenOwners.remove(previous.token());
        }
        tokenOwners.put(token.token(), integrationId);
    }

    private String uniqueToken() {
        String token = random.next();
        while (tokenOwners.containsKey(token)) {
            token = random.next();
        }
        return token;
    }

    private String uniqueConsumerKey() {
        String key = random.next();
        while (byConsumerKeyLocked(key).isPresent()) {
            key = random.next();
        }
        return key;
    }

    private void requireNewName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an integration needs a name");
        }
        if (byId.values().stream().anyMatch(i -> i.name().equals(name))) {
            throw new IllegalArgumentException("an integration named '" + name + "' exists already");
        }
    }

    private static void requireCredential(String value, String what) {
        if (value == null || !CREDENTIAL.matcher(value).matches()) {
            throw new IllegalArgumentException("an integration's " + what + " has 32 characters a-z and 0-9");
        }
    }
}
