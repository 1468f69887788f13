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
 * Stops the sign-ins of one connection after its token endpoint refused the credentials. Platforms lock an account
 * after a few refused sign-ins (Magento: six, for 30 minutes, and then the right password is refused too), and a
 * consumer polling every few seconds, a producer and a readiness probe would get there in a minute.
 * <p>
 * Once latched, every caller gets the refusal again at once, with a sentence saying so, and no sign-in is made until
 * <ul>
 *   <li>an operator {@linkplain #reset() resets} the latch (after fixing the credentials on the platform's side), or</li>
 *   <li>the back-off passes: then exactly one caller may try one sign-in (the others still fail fast); a refusal
 *       latches again, a success releases the latch.</li>
 * </ul>
 * A changed connection (new credentials) has a latch of its own, see {@link AuthLatches}.
 * <p>
 * The back-off is measured on the clock of whoever latched, so an injected clock moves it.
 * One WARN line is logged when the latch closes, INFO when it is released; the fast failures log at DEBUG only.
 * Thread-safe.
 */
public final class AuthLatch {

    /** How long a refused sign-in stops further sign-ins unless an operator resets the latch first. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(AuthLatch.class);

    /** What a caller may do now; returned by {@link #admit()} and handed back with the outcome. */
    public enum Admission {
        /** Not latched: sign in as usual. */
        OPEN,
        /** Latched, but the back-off passed: this caller makes the one trial sign-in. */
        TRIAL
    }

    /**
     * A latched refusal.
     *
     * @param connectionName the connection's name, for messages
     * @param refusal        the refusal as it first came (no secrets: an {@link ApiException} never holds one)
     * @param since          when it was latched
     * @param until          when the back-off passes
     */
    public record Latched(String connectionName, ApiException refusal, Instant since, Instant until) {

        public Latched {
            Objects.requireNonNull(connectionName, "connectionName");
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(until, "until");
        }

        /** The sentence every fast failure carries: that it is latched, since and until when, and how to reset. */
        public String sentence() {
            return "Latched since " + since.truncatedTo(ChronoUnit.SECONDS) + ": no new sign-in for connection '"
                    + connectionName + "' until " + until.truncatedTo(ChronoUnit.SECONDS)
                    + ", so that retries do not lock the account. After fixing the credentials, change the connection"
                    + " or reset the latch (JMX operation resetAuthLatch of the ConnectorClients service, or"
                    + " ConnectorClients.AuthLatchReset in a route).";
        }

        /** {@code text} followed by {@link #sentence()}, unless it already holds it. */
        public String appendTo(String text) {
            String sentence = sentence();
            if (text == null || text.isBlank()) {
                return sentence;
            }
            if (text.contains(sentence)) {
                return text;
            }
            String t = text.strip();
            char last = t.charAt(t.length() - 1);
            return t + (last == '.' || last == '!' || last == '?' ? " " : ". ") + sentence;
        }

        /**
         * The failure a caller gets while latched: the refusal's category, status and advice, plus {@link #sentence()};
         * its cause is a {@link SignInLatchedException}.
         */
        public ApiException failure() {
            return refusal.toBuilder()
                    .summary(appendTo(refusal.summary()))
                    // the platform's Date of the old answer would read as clock skew by now
                    .serverDate(null)
                    .retryable(false)
                    .retryAfter(null)
                    // marks it as latched, for SignInLatchedException.of
                    .cause(new SignInLatchedException(this))
                    .build();
        }

        @Override
        public String toString() {
            return "Latched[" + connectionName + ", since=" + since + ", until=" + until + "]";
        }
    }

    private final String connectionName;
    private final Object lock = new Object();
    /** Set when this latch was joined to a shared one: every call goes there (see {@link #share}). */
    private volatile AuthLatch sharedWith;

    private Latched latched;
    private Clock latchClock;
    private boolean trialRunning;

    /** @param connectionName the connection's name, for messages and logs (never a secret) */
    public AuthLatch(String connectionName) {
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
    }

    /**
     * Asks to sign in.
     *
     * @return {@link Admission#OPEN}, or {@link Admission#TRIAL} for the one caller that may try after the back-off
     * @throws ApiException the latched refusal ({@link Latched#failure()}) while latched
     */
    public Admission admit() {
        AuthLatch target = target();
        if (target != this) {
            return target.admit();
        }
        Latched now;
        synchronized (lock) {
            if (latched == null) {
                return Admission.OPEN;
            }
            if (!trialRunning && backoffPassed()) {
                trialRunning = true;
                LOG.info("The sign-in back-off of connection '{}' has passed; trying one sign-in", connectionName);
                return Admission.TRIAL;
            }
            now = latched;
        }
        LOG.debug("Sign-in of connection '{}' is latched until {}; failing fast", connectionName, now.until());
        throw now.failure();
    }

    /** A sign-in this latch admitted succeeded: the credentials work, so the latch is released. */
    public void signedIn() {
        AuthLatch target = target();
        if (target != this) {
            target.signedIn();
            return;
        }
        boolean released;
        synchronized (lock) {
            released = latched != null;
            clear();
        }
        if (released) {
            LOG.info("Connection '{}' signed in again; its sign-in latch is released", connectionName);
        }
    }

    /**
     * A sign-in was refused: latches (or latches again after a trial) for {@code backoff} from {@code clock}'s now.
     *
     * @return the latch as it is now
     */
    public Latched refused(ApiException refusal, Clock clock, Duration backoff) {
        AuthLatch target = target();
        if (target != this) {
            return target.refused(refusal, clock, backoff);
        }
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backoff, "backoff");
        Latched result;
        boolean closed;
        synchronized (lock) {
            // a second refusal that raced the first (another client of the connection) does not move the latch
            closed = latched == null || trialRunning || backoffPassed();
            if (closed) {
                Instant now = clock.instant();
                latched = new Latched(connectionName, refusal, now, now.plus(backoff));
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

    /**
     * A sign-in this latch admitted failed for another reason (network, 5xx): that says nothing about the credentials,
     * so a latch stays as it was and its trial may be made again.
     */
    public void failedOtherwise(Admission admission) {
        AuthLatch target = target();
        if (target != this) {
            target.failedOtherwise(admission);
            return;
        }
        if (admission == Admission.TRIAL) {
            synchronized (lock) {
                trialRunning = false;
            }
        }
    }

    /**
     * The latched refusal, while sign-ins are stopped: latched and the back-off not passed, or its trial sign-in
     * still running. Empty when open or when the next caller may try.
     */
    public Optional<Latched> latched() {
        AuthLatch target = target();
        if (target != this) {
            return target.latched();
        }
        synchronized (lock) {
            return latched != null && (trialRunning || !backoffPassed()) ? Optional.of(latched) : Optional.empty();
        }
    }

    /**
     * Releases the latch (an operator fixed the credentials); the next caller signs in.
     *
     * @return whether it was latched
     */
    public boolean reset() {
        AuthLatch target = target();
        if (target != this) {
            return target.reset();
        }
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

    /**
     * Makes this latch one with {@code shared}: from now on every call goes to {@code shared}, so every client of a
     * connection stops together. A client's latch is joined to its connection's when a registry hands the client out.
     */
    public void share(AuthLatch shared) {
        Objects.requireNonNull(shared, "shared");
        AuthLatch target = shared.target();
        if (target != this) {
            sharedWith = target;
        }
    }

    public String connectionName() {
        return connectionName;
    }

    private AuthLatch target() {
        AuthLatch t = this;
        for (AuthLatch next = t.sharedWith; next != null; next = t.sharedWith) {
            t = next;
        }
        return t;
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
        return "AuthLatch[" + connectionName + ", " + latched().map(l -> "latched until " + l.until()).orElse("open") + "]";
    }
}
