package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutTest extends SandboxFixture {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T10:00:00Z"));

    @Override
    protected Clock clock() {
        return clock;
    }

    @Test
    void sixFailuresLockTheAccountEvenForTheRightPassword() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            http.adminTokenReply("admin", "wrong-" + attempt);
        }
        assertThat(sandbox.magento().failedLogins(UserType.ADMIN, "admin")).isEqualTo(5);
        assertThat(sandbox.magento().isLocked(UserType.ADMIN, "admin")).isFalse();

        http.adminTokenReply("admin", "wrong-6");
        Reply locked = http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD);

        assertThat(sandbox.magento().isLocked(UserType.ADMIN, "admin")).isTrue();
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.message()).isEqualTo("The account sign-in was incorrect or your account is disabled "
                + "temporarily. Please wait and try again later.");
        assertThat(sandbox.magento().failedLogins(UserType.ADMIN, "admin"))
                .as("an attempt while locked is refused before the password is checked").isEqualTo(6);
        assertThat(sandbox.magento().tokensIssued(UserType.ADMIN)).isZero();
    }

    @Test
    void theLockLastsThirtyMinutesFromTheLastFailure() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            http.adminTokenReply("admin", "wrong-" + attempt);
        }
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(401);

        clock.advance(Duration.ofSeconds(1));

        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(sandbox.magento().failedLogins(UserType.ADMIN, "admin")).isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            http.adminTokenReply("admin", "wrong-" + attempt);
        }
        http.adminToken();
        http.adminTokenReply("admin", "wrong-again");

        assertThat(sandbox.magento().failedLogins(UserType.ADMIN, "admin")).isEqualTo(1);
        assertThat(sandbox.magento().isLocked(UserType.ADMIN, "admin")).isFalse();
    }

    @Test
    void customersAreThrottledSeparatelyFromAdmins() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            http.post("/V1/integration/customer/token", null,
                    "{\"username\":\"" + MagentoSandbox.CUSTOMER_EMAIL + "\",\"password\":\"bad-" + attempt + "\"}");
        }

        assertThat(sandbox.magento().isLocked(UserType.CUSTOMER, MagentoSandbox.CUSTOMER_EMAIL)).isTrue();
        assertThat(http.post("/V1/integration/customer/token", null, "{\"username\":\""
                + MagentoSandbox.CUSTOMER_EMAIL + "\",\"password\":\"" + MagentoSandbox.CUSTOMER_PASSWORD + "\"}")
                .status()).isEqualTo(401);
        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void thresholdIsConfigurableAndLocksCanBeResetByTests() {
        sandbox.magento().settings().maxLoginFailures(2);
        http.adminTokenReply("admin", "wrong-1");
        http.adminTokenReply("admin", "wrong-2");
        assertThat(sandbox.magento().isLocked(UserType.ADMIN, "admin")).isTrue();

        sandbox.magento().resetLockouts();

        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(200);
    }
}
