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
 *   <li>A failed request is not cached as a token. If the token endpoint refused the credentials, the connection's
 *       {@link AuthLatch} closes: no new sign-in is made until the back-off passes, the connection changes or an
 *       operator resets it, and every caller gets that refusal at once instead. The latch is shared by every cache
 *       of the connection, so one refusal stops them all.</li>
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
    private final AuthLatch latch;
    private final Object lock = new Object();
    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();

    private AccessToken current;
    private CompletableFuture<AccessToken> inFlight;

    /** A cache with a latch of its own; for a cache outside any client. */
    public TokenCache(TokenFetcher fetcher, Clock clock, TokenCacheSettings settings) {
        this(fetcher, clock, settings, new AuthLatch("this connection"));
    }

    /** @param latch the connection's latch (see {@link AuthContext#authLatch()}) */
    public TokenCache(TokenFetcher fetcher, Clock clock, TokenCacheSettings settings, AuthLatch latch) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.latch = Objects.requireNonNull(latch, "latch");
    }

    /**
     * A token that is not due, fetching one if needed.
     *
     * @throws ApiException when no token could be obtained; the latched refusal, without a sign-in, while the
     *                      connection's latch is closed
     */
    public AccessToken get() {
        CompletableFuture<AccessToken> flight;
        AuthLatch.Admission admission = null;
        synchronized (lock) {
            if (current != null && !isDue(current, clock.instant())) {
                return current;
            }
            if (inFlight == null) {
                admission = latch.admit(); // throws while latched
                inFlight = new CompletableFuture<>();
            }
            flight = inFlight;
        }
        return admission != null ? lead(flight, admission) : follow(flight);
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

    /** Forgets the current token and releases the connection's latch (an operator changed the credentials). */
    public void reset() {
        synchronized (lock) {
            current = null;
        }
        latch.reset();
    }

    /** The connection's latch this cache obeys. */
    public AuthLatch latch() {
        return latch;
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

    private AccessToken lead(CompletableFuture<AccessToken> flight, AuthLatch.Admission admission) {
        AccessToken token;
        try {
            tokenRequests.incrementAndGet();
            token = Objects.requireNonNull(fetcher.fetch(), "the token fetcher returned no token");
        } catch (ApiException e) {
            return failed(flight, admission, e);
        } catch (RuntimeException e) {
            return failed(flight, admission, ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.TOKEN_ENDPOINT)
                    .summary("Getting a token failed unexpectedly (" + e.getClass().getSimpleName() + ")")
                    .cause(e).build());
        } catch (Error e) {
            // followers must not wait forever, and a trial must not stay running
            latch.failedOtherwise(admission);
            synchronized (lock) {
                inFlight = null;
            }
            flight.completeExceptionally(e);
            throw e;
        }
        synchronized (lock) {
            current = token;
            inFlight = null;
        }
        latch.signedIn();
        flight.complete(token);
        LOG.debug("token acquired, {}", token.lifetime().map(d -> "expires in " + d.toSeconds() + " s (" + token.expirySource() + ")")
                .orElse("no expiry known"));
        return token;
    }

    private AccessToken failed(CompletableFuture<AccessToken> flight, AuthLatch.Admission admission, ApiException e) {
        boolean refused = e.category() == ErrorCategory.AUTHENTICATION;
        AccessToken stillValid = null;
        synchronized (lock) {
            inFlight = null;
            Instant now = clock.instant();
            if (refused) {
                current = null;
            } else if (current != null && (current.expiresAt() == null || now.isBefore(current.expiresAt()))) {
                stillValid = current;
            }
        }
        if (refused) {
            // the latch logs the one WARN line
            latch.refused(e, clock, settings.authFailureBackoff());
        } else {
            latch.failedOtherwise(admission);
        }
        if (stillValid != null) {
            LOG.warn("token refresh failed, using the current token until it expires: {}", e.getMessage());
            flight.complete(stillValid);
            return stillValid;
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
