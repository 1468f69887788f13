package com.commerceconnectors.cluster;

import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LatchRecordTest {

    private static final Instant SINCE = Instant.parse("2026-05-04T10:00:00Z");

    private static AuthLatch.Latched latched() {
        ApiException refusal = ApiException.builder(ErrorCategory.AUTHENTICATION, FailureReason.TOKEN_ENDPOINT)
                .status(401)
                .summary("Oro refused the sign-in at its token endpoint (401 Unauthorized)")
                .platformMessage("Client authentication failed")
                .advice("Check auth.clientId and auth.clientSecret")
                .request("POST", URI.create("https://oro.example.com/oauth2-token?client_secret=s3cr3t-in-a-query"))
                .build();
        return new AuthLatch.Latched("oro", refusal, SINCE, SINCE.plusSeconds(1800));
    }

    @Test
    void aLatchedRecordReadsBackAsTheSameRefusalAndLatch() {
        LatchRecord written = LatchRecord.latched("node-1", SINCE, LatchRecord.Stored.of(latched()));

        LatchRecord read = LatchRecord.parse(written.toBytes());

        assertThat(read.state()).isEqualTo(LatchRecord.State.LATCHED);
        assertThat(read.node()).isEqualTo("node-1");
        AuthLatch.Latched back = read.latched().toLatched("oro");
        assertThat(back.since()).isEqualTo(SINCE);
        assertThat(back.until()).isEqualTo(SINCE.plusSeconds(1800));
        ApiException refusal = back.refusal();
        assertThat(refusal.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(refusal.reason()).isEqualTo(FailureReason.TOKEN_ENDPOINT);
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.summary()).isEqualTo(latched().refusal().summary());
        assertThat(refusal.platformMessage()).contains("Client authentication failed");
        assertThat(refusal.advice()).contains("Check auth.clientId and auth.clientSecret");
        assertThat(back.failure().getMessage()).isEqualTo(latched().failure().getMessage());
    }

    @Test
    void whatIsStoredHoldsNoSecretOfTheRequest() {
        String json = new String(LatchRecord.latched("node-1", SINCE, LatchRecord.Stored.of(latched())).toBytes(),
                StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("s3cr3t-in-a-query");
    }

    @Test
    void aTrialTurnKeepsTheLatchItTestsAndAnUnreadableZnodeLatchesNothing() {
        LatchRecord trial = LatchRecord.parse(LatchRecord.signingIn("node-2", SINCE, SINCE.plusSeconds(30),
                LatchRecord.Stored.of(latched())).toBytes());
        assertThat(trial.state()).isEqualTo(LatchRecord.State.SIGNING_IN);
        assertThat(trial.trial()).isTrue();
        assertThat(trial.leaseUntil()).isEqualTo(SINCE.plusSeconds(30));
        assertThat(trial.latched().until()).isEqualTo(SINCE.plusSeconds(1800));

        assertThat(LatchRecord.parse("not json".getBytes(StandardCharsets.UTF_8)).state()).isEqualTo(LatchRecord.State.OPEN);
        assertThat(LatchRecord.parse(new byte[0]).state()).isEqualTo(LatchRecord.State.OPEN);
        assertThat(LatchRecord.parse("{\"state\":\"latched\"}".getBytes(StandardCharsets.UTF_8)).state())
                .as("a latch without its refusal").isEqualTo(LatchRecord.State.OPEN);
    }
}
