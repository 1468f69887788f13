package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCacheTest {

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final Deque<Supplier<AccessToken>> outcomes = new ArrayDeque<>();
    private final TokenCache cache = new TokenCache(() -> outcomes.isEmpty() ? token("t", 3600) : outcomes.poll().get(),
            clock, TokenCacheSettings.DEFAULT);

    private AccessToken token(String value, long lifetimeSeconds) {
        return new AccessToken(Secret.of(value), clock.instant(), clock.instant().plusSeconds(lifetimeSeconds),
                AccessToken.ExpirySource.EXPIRES_IN);
    }

    private static ApiException failure(ErrorCategory category) {
        return ApiException.builder(category, FailureReason.TOKEN_ENDPOINT).summary("token endpoint said no").build();
    }

    @Test
    void capsTheRefreshMarginForShortLivedTokens() {
        outcomes.add(() -> token("short", 120));
        cache.get();
        clock.advance(Duration.ofSeconds(89));
        assertThat(cache.get().value().reveal()).isEqualTo("short");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get().value().reveal()).isEqualTo("t");
        assertThat(cache.tokenRequests()).isEqualTo(2);
    }

    @Test
    void invalidatesOnlyTheCurrentToken() {
        outcomes.add(() -> token("one", 3600));
        outcomes.add(() -> token("two", 3600));
        cache.get();
        assertThat(cache.invalidateIfCurrent(Secret.of("zero"))).isFalse();
        assertThat(cache.invalidateIfCurrent(Secret.of("one"))).isTrue();
        assertThat(cache.get().value().reveal()).isEqualTo("two");
        assertThat(cache.invalidateIfCurrent(Secret.of("one"))).isFalse();
        assertThat(cache.get().value().reveal()).isEqualTo("two");
    }

    @Test
    void latchesRefusedCredentialsAndGivesEveryCallerTheRefusalWithoutSigningInAgain() {
        outcomes.add(() -> {
            throw failure(ErrorCategory.AUTHENTICATION);
        });
        ApiException first = catchApi();
        ApiException second = catchApi();
        assertThat(first.getMessage()).startsWith("token endpoint said no.").doesNotContain("Latched");
        assertThat(second).isNotSameAs(first);
        assertThat(second.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(second.getMessage()).startsWith("token endpoint said no. Latched since 2026-05-04T10:00:00Z");
        assertThat(cache.tokenRequests()).isEqualTo(1);
        assertThat(cache.latch().latched()).isPresent();

        clock.advance(Duration.ofMinutes(29));
        catchApi();
        assertThat(cache.tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get().value().reveal()).as("after the back-off: one sign-in, which works now").isEqualTo("t");
        assertThat(cache.tokenRequests()).isEqualTo(2);
        assertThat(cache.latch().latched()).isEmpty();
    }

    @Test
    void aRefusalAfterTheBackOffLatchesAgainAfterOneSignIn() {
        for (int i = 0; i < 2; i++) {
            outcomes.add(() -> {
                throw failure(ErrorCategory.AUTHENTICATION);
            });
        }
        catchApi();
        clock.advance(Duration.ofMinutes(30));
        catchApi();
        for (int i = 0; i < 5; i++) {
            catchApi();
        }
        assertThat(cache.tokenRequests()).isEqualTo(2);
    }

    @Test
    void theBackOffComesFromTheSettings() {
        TokenCache quick = new TokenCache(() -> {
            throw failure(ErrorCategory.AUTHENTICATION);
        }, clock, TokenCacheSettings.DEFAULT.withAuthFailureBackoff(Duration.ofMinutes(2)));
        assertThatThrownBy(quick::get).isInstanceOf(ApiException.class);
        clock.advance(Duration.ofSeconds(119));
        assertThatThrownBy(quick::get).isInstanceOf(ApiException.class);
        assertThat(quick.tokenRequests()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(quick::get).isInstanceOf(ApiException.class);
        assertThat(quick.tokenRequests()).isEqualTo(2);
    }

    @Test
    void cachesSharingALatchStopTogetherAndAResetReleasesThemAll() {
        AuthLatch connection = new AuthLatch("shop");
        TokenCache refused = new TokenCache(() -> {
            throw failure(ErrorCategory.AUTHENTICATION);
        }, clock, TokenCacheSettings.DEFAULT, connection);
        TokenCache other = new TokenCache(() -> token("other", 3600), clock, TokenCacheSettings.DEFAULT, connection);

        assertThatThrownBy(refused::get).isInstanceOf(ApiException.class);
        assertThatThrownBy(other::get).isInstanceOf(ApiException.class).hasMessageContaining("Latched since");
        assertThat(other.tokenRequests()).isZero();

        assertThat(connection.reset()).isTrue();
        assertThat(other.get().value().reveal()).isEqualTo("other");
    }

    @Test
    void resettingTheCacheReleasesItsLatch() {
        outcomes.add(() -> {
            throw failure(ErrorCategory.AUTHENTICATION);
        });
        catchApi();
        cache.reset();
        assertThat(cache.get().value().reveal()).isEqualTo("t");
        assertThat(cache.tokenRequests()).isEqualTo(2);
    }

    @Test
    void doesNotCacheOtherFailures() {
        outcomes.add(() -> {
            throw failure(ErrorCategory.SERVER);
        });
        catchApi();
        assertThat(cache.get().value().reveal()).isEqualTo("t");
        assertThat(cache.tokenRequests()).isEqualTo(2);
    }

    @Test
    void keepsUsingAStillValidTokenWhenARefreshFailsForAnotherReason() {
        outcomes.add(() -> token("old", 3600));
        outcomes.add(() -> {
            throw failure(ErrorCategory.NETWORK);
        });
        cache.get();
        clock.advance(Duration.ofSeconds(3600 - 30));
        assertThat(cache.get().value().reveal()).isEqualTo("old");
        clock.advance(Duration.ofSeconds(31));
        assertThat(cache.get().value().reveal()).isEqualTo("t");
    }

    @Test
    void neverPrintsTheToken() {
        outcomes.add(() -> token("tok-visible-123", 3600));
        AccessToken token = cache.get();
        assertThat(token.toString()).doesNotContain("tok-visible-123").contains("******");
        assertThat(cache.toString()).doesNotContain("tok-visible-123");
    }

    private ApiException catchApi() {
        try {
            cache.get();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new TokenCacheSettings(Duration.ofSeconds(1), 1.5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
