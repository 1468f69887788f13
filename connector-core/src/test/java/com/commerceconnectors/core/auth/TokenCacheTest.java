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
    void holdsRefusedCredentialsForAWhileAndGivesEveryCallerTheSameError() {
        outcomes.add(() -> {
            throw failure(ErrorCategory.AUTHENTICATION);
        });
        ApiException first = catchApi();
        ApiException second = catchApi();
        assertThat(second).isNotSameAs(first).hasMessage(first.getMessage());
        assertThat(cache.tokenRequests()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
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
