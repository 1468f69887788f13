package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.LogCapture;
import com.commerceconnectors.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AuthLatchTest {

    private static final Duration BACKOFF = Duration.ofMinutes(30);

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final AuthLatch latch = new AuthLatch("shop");

    private static ApiException refusal() {
        return ApiException.builder(ErrorCategory.AUTHENTICATION, FailureReason.TOKEN_ENDPOINT)
                .status(401)
                .summary("Shop refused the sign-in at its token endpoint (401 Unauthorized)")
                .advice("Check auth.username and auth.password")
                .request("POST", URI.create("https://shop.example/rest/V1/integration/admin/token"))
                .serverDate(Instant.parse("2026-05-04T09:59:59Z"))
                .build();
    }

    private ApiException fastFailure() {
        return catchThrowableOfType(ApiException.class, latch::admit);
    }

    @Test
    void admitsEveryoneWhileOpen() {
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.OPEN);
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.OPEN);
        assertThat(latch.latched()).isEmpty();
    }

    @Test
    void aRefusalFailsEveryLaterCallerAtOnceWithTheSameCategoryAndAdviceAndSaysUntilWhenAndHowToReset() {
        latch.refused(refusal(), clock, BACKOFF);

        ApiException e = fastFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.reason()).isEqualTo(FailureReason.TOKEN_ENDPOINT);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.retryable()).isFalse();
        assertThat(e.advice()).contains("Check auth.username and auth.password");
        assertThat(e.serverDate()).as("an old Date header would read as clock skew").isEmpty();
        assertThat(e.summary()).startsWith("Shop refused the sign-in at its token endpoint (401 Unauthorized). Latched since "
                + "2026-05-04T10:00:00Z: no new sign-in for connection 'shop' until 2026-05-04T10:30:00Z")
                .contains("resetAuthLatch").contains("ConnectorClients.AuthLatchReset");
        assertThat(e.getMessage()).endsWith("Check auth.username and auth.password. "
                + "(POST https://shop.example/rest/V1/integration/admin/token)");
        assertThat(latch.latched()).hasValueSatisfying(l -> {
            assertThat(l.since()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
            assertThat(l.until()).isEqualTo(Instant.parse("2026-05-04T10:30:00Z"));
            assertThat(l.connectionName()).isEqualTo("shop");
        });
    }

    @Test
    void aFastFailureCanBeToldFromANewRefusal() {
        AuthLatch.Latched latched = latch.refused(refusal(), clock, BACKOFF);

        assertThat(SignInLatchedException.of(fastFailure())).containsSame(latched);
        assertThat(SignInLatchedException.of(new RuntimeException("wrapped", fastFailure()))).containsSame(latched);
        assertThat(SignInLatchedException.of(refusal())).isEmpty();
        assertThat(SignInLatchedException.of(null)).isEmpty();
    }

    @Test
    void staysLatchedUntilTheBackOffPassesThenLetsExactlyOneCallerTry() {
        latch.refused(refusal(), clock, BACKOFF);
        clock.advance(BACKOFF.minusSeconds(1));
        assertThat(fastFailure()).isNotNull();
        assertThat(latch.latched()).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(latch.latched()).as("the next caller may try").isEmpty();
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.TRIAL);
        assertThat(fastFailure()).as("the others while the trial runs").isNotNull();
        assertThat(latch.latched()).isPresent();
    }

    @Test
    void aRefusedTrialLatchesAgainFromThen() {
        latch.refused(refusal(), clock, BACKOFF);
        clock.advance(BACKOFF);
        latch.admit();

        latch.refused(refusal(), clock, BACKOFF);

        assertThat(latch.latched()).hasValueSatisfying(l ->
                assertThat(l.until()).isEqualTo(Instant.parse("2026-05-04T11:00:00Z")));
        clock.advance(BACKOFF.minusSeconds(1));
        assertThat(fastFailure()).isNotNull();
    }

    @Test
    void aSuccessfulTrialReleasesTheLatch() {
        latch.refused(refusal(), clock, BACKOFF);
        clock.advance(BACKOFF);
        latch.admit();

        latch.signedIn();

        assertThat(latch.latched()).isEmpty();
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.OPEN);
    }

    @Test
    void aTrialThatFailsForAnotherReasonMayBeMadeAgain() {
        latch.refused(refusal(), clock, BACKOFF);
        clock.advance(BACKOFF);
        AuthLatch.Admission trial = latch.admit();

        latch.failedOtherwise(trial);

        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.TRIAL);
    }

    @Test
    void aResetReleasesTheLatchAtOnce() {
        latch.refused(refusal(), clock, BACKOFF);

        assertThat(latch.reset()).isTrue();
        assertThat(latch.reset()).isFalse();
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.OPEN);
    }

    @Test
    void aRefusalThatRacedTheFirstDoesNotMoveTheLatch() {
        latch.refused(refusal(), clock, BACKOFF);
        clock.advance(Duration.ofMinutes(5));

        AuthLatch.Latched after = latch.refused(refusal(), clock, BACKOFF);

        assertThat(after.since()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
    }

    @Test
    void theBackOffIsTheOneGivenWithTheRefusal() {
        latch.refused(refusal(), clock, Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.TRIAL);
    }

    @Test
    void aSharedLatchIsOneLatchForEveryoneJoinedToIt() {
        AuthLatch connection = new AuthLatch("shop");
        AuthLatch otherClient = new AuthLatch("shop");
        latch.share(connection);
        otherClient.share(connection);

        latch.refused(refusal(), clock, BACKOFF);

        assertThatThrownBy(otherClient::admit).isInstanceOf(ApiException.class);
        assertThat(connection.latched()).isPresent();
        assertThat(connection.reset()).isTrue();
        assertThat(latch.admit()).isEqualTo(AuthLatch.Admission.OPEN);
        assertThat(otherClient.admit()).isEqualTo(AuthLatch.Admission.OPEN);
    }

    @Test
    void logsOneWarningPerLatchAndTheFastFailuresOnlyAtDebug() {
        try (LogCapture logs = LogCapture.everythingAtTrace()) {
            latch.refused(refusal(), clock, BACKOFF);
            for (int i = 0; i < 20; i++) {
                fastFailure();
            }
            latch.refused(refusal(), clock, BACKOFF); // a racing second refusal: the same latch event

            assertThat(logs.lines()).filteredOn(l -> l.logger().equals(AuthLatch.class.getName()))
                    .filteredOn(l -> l.level().equals("WARN"))
                    .singleElement()
                    .satisfies(l -> assertThat(l.text()).startsWith("The credentials of connection 'shop' were refused"));
            assertThat(logs.lines()).filteredOn(l -> l.logger().equals(AuthLatch.class.getName()))
                    .filteredOn(l -> l.text().contains("failing fast"))
                    .hasSize(20)
                    .allSatisfy(l -> assertThat(l.level()).isEqualTo("DEBUG"));
        }
    }
}
