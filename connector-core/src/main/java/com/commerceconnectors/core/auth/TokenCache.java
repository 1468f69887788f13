package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds one token for one connection and gets a new one when needed, single-flight: however many callers find the
 * cache cold or the token due, exactly one token request is made; the others wait for it and share its token or its
 * failure.
 * <ul>
 *   <li>A token is due a margin before it expires (see {@link TokenCacheSettings}).</li>
 *   <li>{@link #invalidateIfCurrent} retires a token after a 401 only if it is still the current one, so a burst of
 *       401s for the same token causes one refresh (camel-salesforce's {@code login(oldToken)} pattern).</li>
 *   <li>A failed request is not cached as a token. If the token endpoint refused the credentials, that failure is
 *       held for a short while and given to every caller without another sign-in.</li>
 *   <li>If a refresh fails for another reason (network, 5xx) while the current token has not expired yet, the current
 *       token is used a little longer.</li>
 *   <li>Tokens are never logged.</li>
 * </ul>
 * One cache per (CamelContext, connection); never static.
 */
public final class TokenCache {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);

    private final TokenFetcher fetcher;
    private final Clock clock;
    private final TokenCacheSettings settings;
    private final Object lock = new Object();
    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();

    private AccessToken current;
    private CompletableFuture<AccessToken> inFlight;
    private ApiException heldFailure;
    private Instant heldUntil;

    public TokenCache(TokenFetcher fetcher, Clock clock, TokenCacheSettings settings) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A token that is not due, fetching one if needed.
     *
     * @throws ApiException when no token could be obtained
     */
    public AccessToken get() {
        CompletableFuture<AccessToken> flight;
        boolean leader = false;
        synchronized (lock) {
            Instant now = clock.instant();
            if (current != null && !isDue(current, now)) {
                return current;
            }
            if (heldFailure != null) {
                if (now.isBefore(heldUntil)) {
                    throw heldFailure.toBuilder().build();
                }
                heldFailure = null;
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                leader = true;
            }
            flight = inFlight;
        }
        return leader ? lead(flight) : follow(flight);
    }

    /**
     * Retires {@code failed} if it is still the current token; a no-op when another caller already replaced it.
     *
     * @return whether it was retired
     */
    public boolean invalidateIfCurrent(Secret failed) {
        synchronized (lock) {
            if (current != null && current.value().equals(failed)) {
                current = null;
                return true;
            }
            return false;
        }
    }

    /** Forgets the current token and any held failure (an operator changed the credentials). */
    public void reset() {
        synchronized (lock) {
            current = null;
            heldFailure = null;
        }
    }

    /** The current token, if any, due or not. */
    public Optional<AccessToken> current() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    /** How many token requests were made; for tests and metrics. */
    public long tokenRequests() {
        return tokenRequests.get();
    }

    /** How many callers are waiting for a token request made by another caller right now. */
    public int waitingCallers() {
        return waiting.get();
    }

    private AccessToken lead(CompletableFuture<AccessToken> flight) {
        AccessToken token;
        try {
            tokenRequests.incrementAndGet();
            token = Objects.requireNonNull(fetcher.fetch(), "the token fetcher returned no token");
        } catch (ApiException e) {
            return failed(flight, e);
        } catch (RuntimeException e) {
            return failed(flight, ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.TOKEN_ENDPOINT)
                    .summary("Getting a token failed unexpectedly (" + e.getClass().getSimpleName() + ")")
                    .cause(e).build());
        }
        synchronized (lock) {
            current = token;
            heldFailure = null;
            inFlight = null;
        }
        flight.complete(token);
        LOG.debug("token acquired, {}", token.lifetime().map(d -> "expires in " + d.toSeconds() + " s (" + token.expirySource() + ")")
                .orElse("no expiry known"));
        return token;
    }

    private AccessToken failed(CompletableFuture<AccessToken> flight, ApiException e) {
        AccessToken stillValid = null;
        synchronized (lock) {
            inFlight = null;
            Instant now = clock.instant();
            if (e.category() == ErrorCategory.AUTHENTICATION) {
                heldFailure = e;
                heldUntil = now.plus(settings.credentialFailureHold());
                current = null;
            } else if (current != null && (current.expiresAt() == null || now.isBefore(current.expiresAt()))) {
                stillValid = current;
            }
        }
        if (stillValid != null) {
            LOG.warn("token refresh failed, using the current token until it expires: {}", e.getMessage());
            flight.complete(stillValid);
            return stillValid;
        }
        if (e.category() == ErrorCategory.AUTHENTICATION) {
            LOG.warn("credentials refused; not trying again for {} s: {}", settings.credentialFailureHold().toSeconds(),
                    e.getMessage());
        }
        flight.completeExceptionally(e);
        throw e;
    }

    private AccessToken follow(CompletableFuture<AccessToken> flight) {
        waiting.incrementAndGet();
        try {
            return flight.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                // each caller gets its own exception object with the same message
                throw api.toBuilder().build();
            }
            throw ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.TOKEN_ENDPOINT)
                    .summary("Getting a token failed unexpectedly").cause(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.builder(ErrorCategory.NETWORK, FailureReason.INTERRUPTED)
                    .summary("Interrupted while waiting for a token").advice("The route or application is stopping").build();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private boolean isDue(AccessToken token, Instant now) {
        if (token.expiresAt() == null) {
            return false;
        }
        Duration lifetime = Duration.between(token.obtainedAt(), token.expiresAt());
        Duration cap = Duration.ofMillis((long) (lifetime.toMillis() * settings.maxMarginFraction()));
        Duration margin = settings.refreshMargin().compareTo(cap) > 0 ? cap : settings.refreshMargin();
        return !now.isBefore(token.expiresAt().minus(margin));
    }

    @Override
    public String toString() {
        return "TokenCache[tokenRequests=" + tokenRequests.get() + "]";
    }
}
