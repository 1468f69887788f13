package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.Headers;
import com.commerceconnectors.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WsseAuthPolicyTest {

    private static final Pattern FIELDS = Pattern.compile("^UsernameToken Username=\"([^\"]+)\", PasswordDigest=\"([^\"]+)\","
            + " Nonce=\"([^\"]+)\", Created=\"([^\"]+)\"$");

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00.999Z");
    private final WsseAuthPolicy policy = WsseAuthPolicy.create(new WsseAuth("api-user", Secret.of("api-key-1")), clock);

    @Test
    void writesBothHeadersAsSecretHeadersWithAFreshTokenEachTime() {
        ApiRequest request = ApiRequest.get(URI.create("https://oro.example.com/admin/api/products"));
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ApiRequest signed = policy.authorize(request);
            assertThat(signed.headers().first("Authorization")).contains("WSSE profile=\"UsernameToken\"");
            Matcher m = FIELDS.matcher(signed.headers().first("X-WSSE").orElseThrow());
            assertThat(m.matches()).isTrue();
            assertThat(m.group(1)).isEqualTo("api-user");
            assertThat(Base64.getDecoder().decode(m.group(3))).hasSize(16);
            assertThat(nonces.add(m.group(3))).as("nonce reused").isTrue();
            assertThat(m.group(2)).isEqualTo(OroWsseVerifier.digest(Base64.getDecoder().decode(m.group(3)), m.group(4),
                    "api-key-1"));
            assertThat(signed.toString()).doesNotContain(m.group(2)).doesNotContain(m.group(3));
        }
    }

    @Test
    void setsCreatedAFewSecondsBeforeTheClockAndNeverAfterIt() {
        for (String now : new String[] {"2026-05-04T10:00:00Z", "2026-05-04T10:00:00.999Z", "2026-12-31T23:59:59.5Z"}) {
            clock.set(Instant.parse(now));
            String created = policy.nextToken().created();
            assertThat(created).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00");
            Instant instant = OffsetDateTime.parse(created).toInstant();
            assertThat(instant).isBeforeOrEqualTo(clock.instant().minus(CreatedTimestamp.SKEW_ALLOWANCE))
                    .isAfter(clock.instant().minus(CreatedTimestamp.SKEW_ALLOWANCE).minusSeconds(1));
        }
        clock.set(Instant.parse("2026-05-04T10:00:00Z"));
        assertThat(policy.nextToken().created()).isEqualTo("2026-05-04T09:59:55+00:00");
        clock.advance(Duration.ofSeconds(61));
        assertThat(policy.nextToken().created()).isEqualTo("2026-05-04T10:00:56+00:00");
    }

    @Test
    void neverReplaysA401AndNamesTheLikelyCausesInOrder() {
        ApiRequest sent = policy.authorize(ApiRequest.get(URI.create("https://oro.example.com/admin/api/products")));
        assertThat(policy.onUnauthorized(sent, new ApiResponse(401, Headers.empty(), new byte[0]))).isFalse();
        assertThat(policy.type()).isEqualTo("wsse");

        String advice = policy.advise(failure(401), "connector advice");
        assertThat(advice).startsWith("Oro refuses WSSE requests with an empty 401");
        int key = advice.indexOf("auth.apiKey");
        int clockSkew = advice.indexOf("clock");
        int feature = advice.indexOf("Web API");
        int path = advice.indexOf("/admin/api");
        assertThat(key).isPositive().isLessThan(clockSkew);
        assertThat(clockSkew).isLessThan(feature);
        assertThat(feature).isLessThan(path);
        assertThat(advice).contains("300 s").contains("3600 s").contains("organization").contains("/api");
        assertThat(policy.advise(failure(403), "connector advice")).isEqualTo("connector advice");
        assertThat(policy.advise(failure(500), "connector advice")).isEqualTo("connector advice");
    }

    @Test
    void refusesUnusableCredentialsInWords() {
        assertThatThrownBy(() -> WsseAuthPolicy.create(new WsseAuth(" ", Secret.of("k")), clock))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("auth.username is empty");
                });
        assertThatThrownBy(() -> WsseAuthPolicy.create(new WsseAuth("a\"b", Secret.of("k")), clock))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.getMessage()).startsWith("auth.username contains a double quote"));
        assertThatThrownBy(() -> WsseAuthPolicy.create(new WsseAuth("api-user", Secret.of("")), clock))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("auth.apiKey is empty");
                });
    }

    @Test
    void showsOnlyTheUsernameInItsText() {
        UsernameToken token = policy.nextToken();
        assertThat(policy.toString()).isEqualTo("WsseAuthPolicy[api-user]");
        assertThat(token.toString()).contains("api-user").doesNotContain(token.digest()).doesNotContain(token.nonce())
                .doesNotContain("api-key-1");
    }

    private static FailureContext failure(int status) {
        return new FailureContext(ErrorCategory.AUTHENTICATION, FailureReason.HTTP_STATUS, status,
                DecodedError.of(DecodedError.Shape.EMPTY, null),
                "GET", URI.create("https://oro.example.com/admin/api/products"), false, false);
    }
}
