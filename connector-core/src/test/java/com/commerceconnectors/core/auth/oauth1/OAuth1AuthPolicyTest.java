package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuth1AuthPolicyTest {

    private static final Pattern NONCE = Pattern.compile("oauth_nonce=\"([^\"]*)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("oauth_timestamp=\"([^\"]*)\"");

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final OAuth1AuthPolicy policy = OAuth1AuthPolicy.create(new OAuth1Auth(SignatureMethod.HMAC_SHA256, "ck",
            Secret.of("consumer-secret"), Secret.of("access-token"), Secret.of("token-secret"), null, null), clock);
    private final ApiRequest request = ApiRequest.get(URI.create("https://shop.example.com/rest/V1/products?searchCriteria="));

    private static String group(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        assertThat(m.find()).as("%s in the header", pattern).isTrue();
        return m.group(1);
    }

    @Test
    void signsEachCallWithANewNonceAndTheClocksTimeNeverReusingAHeader() {
        String first = policy.authorize(request).headers().first("Authorization").orElseThrow();
        String second = policy.authorize(request).headers().first("Authorization").orElseThrow();
        clock.advance(Duration.ofSeconds(90));
        String third = policy.authorize(request).headers().first("Authorization").orElseThrow();

        assertThat(Set.of(group(NONCE, first), group(NONCE, second), group(NONCE, third))).hasSize(3);
        assertThat(group(TIMESTAMP, first)).isEqualTo(group(TIMESTAMP, second)).isEqualTo("1777888800");
        assertThat(group(TIMESTAMP, third)).isEqualTo("1777888890");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void marksTheHeaderSecretAndKeepsTheRequestOtherwiseAsItWas() {
        ApiRequest signed = policy.authorize(request.withHeader("Accept", "application/json"));

        assertThat(signed.uri()).isEqualTo(request.uri());
        assertThat(signed.headers().first("Accept")).contains("application/json");
        assertThat(signed.headers().asList()).filteredOn(h -> h.nameIs("Authorization")).singleElement()
                .satisfies(h -> assertThat(h.secret()).isTrue());
        assertThat(signed.toString()).doesNotContain("access-token").doesNotContain("oauth_signature");
    }

    @Test
    void replacesAnAuthorizationHeaderAlreadyOnTheRequest() {
        ApiRequest signed = policy.authorize(request.withHeader("Authorization", "Basic c3RhZ2luZzpzdGFnaW5n"));

        assertThat(signed.headers().all("Authorization")).singleElement().asString().startsWith("OAuth ");
    }

    @Test
    void neverAsksForAReplayOnA401() {
        assertThat(policy.onUnauthorized(policy.authorize(request), null)).isFalse();
        assertThat(policy.type()).isEqualTo("oauth1");
        assertThat(policy).hasToString("OAuth1AuthPolicy[HMAC-SHA256]");
    }

    @Test
    void makesNoncesOf32UnreservedCharacters() {
        NonceGenerator nonces = new NonceGenerator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String nonce = nonces.next();
            assertThat(nonce).matches("[A-Za-z0-9_-]{32}");
            seen.add(nonce);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void refusesAnEmptyConsumerKeyOrAccessToken() {
        assertThatThrownBy(() -> OAuth1AuthPolicy.create(new OAuth1Auth(SignatureMethod.HMAC_SHA256, " ", Secret.of("cs"),
                Secret.of("at"), Secret.of("ts"), null, null), clock))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("auth.consumerKey is empty");
                });
        assertThatThrownBy(() -> OAuth1AuthPolicy.create(new OAuth1Auth(SignatureMethod.HMAC_SHA256, "ck", Secret.of("cs"),
                Secret.of(""), Secret.of("ts"), null, null), clock))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).startsWith("auth.accessToken is empty"));
    }
}
