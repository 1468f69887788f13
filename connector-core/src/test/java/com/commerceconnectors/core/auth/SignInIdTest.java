package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.testing.Connections;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInIdTest {

    private static final URI TOKEN = URI.create("https://shop.example.com/rest/V1/integration/admin/token");

    private static Connection shop(String password) {
        return Connections.cloud(URI.create("https://shop.example.com/rest"),
                Connections.requestAuth("admin", password, TOKEN, ""));
    }

    @Test
    void equalDocumentsHaveOneIdOnEveryNodeAndEndpointOverridesDoNotChangeIt() {
        String id = SignInId.of(shop("pw-1"));

        assertThat(SignInId.of(shop("pw-1"))).isEqualTo(id);
        assertThat(SignInId.of(shop("pw-1").withOverrides("fr", null,
                new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))))).isEqualTo(id);
        assertThat(id).matches("shop-[0-9a-f]{32}");
    }

    @Test
    void newCredentialsAreAnotherAccountAndTheIdHoldsNoSecret() {
        String one = SignInId.of(shop("pw-visible-1"));
        String two = SignInId.of(shop("pw-visible-2"));

        assertThat(two).isNotEqualTo(one);
        assertThat(one).doesNotContain("pw-visible");
        Connection otherHost = Connections.cloud(URI.create("https://other.example.com/rest"),
                Connections.requestAuth("admin", "pw-visible-1", TOKEN, ""));
        assertThat(SignInId.of(otherHost)).isNotEqualTo(one);
    }
}
