package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AuthLatchesTest {

    private static final URI TOKEN = URI.create("https://shop.example.com/rest/V1/integration/admin/token");

    private final AuthLatches latches = new AuthLatches();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");

    private static Connection shop(String password) {
        return Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.requestAuth("admin", password, TOKEN, ""));
    }

    private void refuse(Connection c) {
        latches.latchFor(c).refused(ApiException.configuration("refused", "fix it"), clock, Duration.ofMinutes(30));
    }

    @Test
    void endpointOverridesOfOneConnectionShareItsLatch() {
        Connection shop = shop("pw");
        Connection overridden = shop.withOverrides("fr", null, new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)));

        assertThat(latches.latchFor(overridden)).isSameAs(latches.latchFor(shop));
    }

    @Test
    void aChangedConnectionHasAnOpenLatchOfItsOwn() {
        refuse(shop("wrong"));

        assertThat(latches.latchFor(shop("fixed")).latched()).isEmpty();
        assertThat(latches.latchFor(shop("wrong")).latched()).isPresent();
        Connection renamed = new Connection("other", shop("wrong").connector(), shop("wrong").mode(), null,
                shop("wrong").baseUri(), null, null, Timeouts.DEFAULT, ConnectionPool.DEFAULT, shop("wrong").auth());
        assertThat(latches.latchFor(renamed).latched()).isEmpty();
    }

    @Test
    void resetsByNameOrAll() {
        refuse(shop("one"));
        refuse(shop("two")); // another document with the same name
        Connection other = new Connection("other", shop("x").connector(), shop("x").mode(), null, shop("x").baseUri(),
                null, null, Timeouts.DEFAULT, ConnectionPool.DEFAULT, shop("x").auth());
        refuse(other);
        assertThat(latches.latched()).extracting(AuthLatch.Latched::connectionName).containsExactly("other", "shop", "shop");

        assertThat(latches.reset("shop")).isEqualTo(2);
        assertThat(latches.reset("shop")).isZero();
        assertThat(latches.latched()).extracting(AuthLatch.Latched::connectionName).containsExactly("other");
        assertThat(latches.resetAll()).isEqualTo(1);
        assertThat(latches.latched()).isEmpty();
    }

    @Test
    void aStoreSetUpLaterHoldsEveryLatchFromThenOnIncludingTheOnesMadeBefore() {
        AuthLatch before = latches.latchFor(shop("pw"));
        java.util.List<String> asked = new java.util.ArrayList<>();
        InMemoryAuthLatchState sharedState = new InMemoryAuthLatchState("shop");
        latches.useStore(c -> {
            asked.add(c.name());
            return sharedState;
        });

        before.refused(ApiException.configuration("refused", "fix it"), clock, Duration.ofMinutes(30));

        assertThat(sharedState.latched()).isPresent();
        assertThat(latches.latchFor(shop("pw"))).isSameAs(before);
        latches.latchFor(shop("other"));
        assertThat(asked).containsExactly("shop", "shop");
    }

    @Test
    void printsNoSecret() {
        refuse(shop("pw-visible-77"));
        assertThat(latches.toString()).doesNotContain("pw-visible-77");
        assertThat(latches.latchFor(shop("pw-visible-77")).toString()).doesNotContain("pw-visible-77");
    }
}
