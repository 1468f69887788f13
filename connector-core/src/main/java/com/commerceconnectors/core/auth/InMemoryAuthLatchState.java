package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A latch's state in this JVM: the default {@link AuthLatchState}. The back-off is measured on the clock of whoever
 * latched, so an injected clock moves it. Logs under {@link AuthLatch}'s name: one WARN line when the latch closes,
 * INFO when it is released, DEBUG for the fast failures.
 */
public final class InMemoryAuthLatchState implements AuthLatchState {

    private static final Logger LOG = LoggerFactory.getLogger(AuthLatch.class);

    private final String connectionName;
    private final Object lock = new Object();

    private AuthLatch.Latched latched;
    private Clock latchClock;
    private boolean trialRunning;

    public InMemoryAuthLatchState(String connectionName) {
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
    }

    @Override
    public AuthLatch.Admission admit() {
        AuthLatch.Latched now;
        synchronized (lock) {
            if (latched == null) {
                return AuthLatch.Admission.OPEN;
            }
            if (!trialRunning && backoffPassed()) {
                trialRunning = true;
                LOG.info("The sign-in back-off of connection '{}' has passed; trying one sign-in", connectionName);
                return AuthLatch.Admission.TRIAL;
            }
            now = latched;
        }
        LOG.debug("Sign-in of connection '{}' is latched until {}; failing fast", connectionName, now.until());
        throw now.failure();
    }

    @Override
    public void signedIn() {
        boolean released;
        synchronized (lock) {
            released = latched != null;
            clear();
        }
        if (released) {
            LOG.info("Connection '{}' signed in again; its sign-in latch is released", connectionName);
        }
    }

    @Override
    public AuthLatch.Latched refused(ApiException refusal, Clock clock, Duration backoff) {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backoff, "backoff");
        AuthLatch.Latched result;
        boolean closed;
        synchronized (lock) {
            // a second refusal that raced the first (another client of the connection) does not move the latch
            closed = latched == null || trialRunning || backoffPassed();
            if (closed) {
                Instant now = clock.instant();
                latched = new AuthLatch.Latched(connectionName, refusal, now, now.plus(backoff));
                latchClock = clock;
            }
            trialRunning = false;
            result = latched;
        }
        if (closed) {
            LOG.warn("The credentials of connection '{}' were refused; no new sign-in until {} unless the connection"
                    + " changes or an operator resets the latch: {}", connectionName,
                    result.until().truncatedTo(ChronoUnit.SECONDS), refusal.getMessage());
        }
        return result;
    }

    @Override
    public void failedOtherwise(AuthLatch.Admission admission) {
        if (admission == AuthLatch.Admission.TRIAL) {
            synchronized (lock) {
                trialRunning = false;
            }
        }
    }

    @Override
    public Optional<AuthLatch.Latched> latched() {
        synchronized (lock) {
            return latched != null && (trialRunning || !backoffPassed()) ? Optional.of(latched) : Optional.empty();
        }
    }

    @Override
    public boolean reset() {
        boolean was;
        synchronized (lock) {
            was = latched != null;
            clear();
        }
        if (was) {
            LOG.info("The sign-in latch of connection '{}' was reset; the next call signs in", connectionName);
        }
        return was;
    }

    private boolean backoffPassed() {
        return !latchClock.instant().isBefore(latched.until());
    }

    private void clear() {
        latched = null;
        latchClock = null;
        trialRunning = false;
    }

    @Override
    public String toString() {
        return "InMemoryAuthLatchState[" + connectionName + "]";
    }
}
