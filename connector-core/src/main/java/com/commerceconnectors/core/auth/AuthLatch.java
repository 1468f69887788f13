package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.ApiException;

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
 * The latch keeps its state in an {@link AuthLatchState}: in this JVM by default ({@link InMemoryAuthLatchState},
 * whose back-off is measured on the clock of whoever latched, so an injected clock moves it), or shared by the nodes
 * of a cluster (see {@link AuthLatchStore}). One WARN line is logged when the latch closes, INFO when it is released;
 * the fast failures log at DEBUG only. Thread-safe.
 */
public final class AuthLatch {

    /** How long a refused sign-in stops further sign-ins unless an operator resets the latch first. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(30);

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
    /** Set when this latch was joined to a shared one: every call goes there (see {@link #share}). */
    private volatile AuthLatch sharedWith;
    private volatile AuthLatchState state;

    /** @param connectionName the connection's name, for messages and logs (never a secret) */
    public AuthLatch(String connectionName) {
        this(connectionName, new InMemoryAuthLatchState(connectionName));
    }

    /**
     * @param connectionName the connection's name, for messages and logs (never a secret)
     * @param state          where the latch keeps its state (in memory, or shared by the nodes of a cluster)
     */
    public AuthLatch(String connectionName, AuthLatchState state) {
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * Asks to sign in.
     *
     * @return {@link Admission#OPEN}, or {@link Admission#TRIAL} for the one caller that may try after the back-off
     * @throws ApiException the latched refusal ({@link Latched#failure()}) while latched
     */
    public Admission admit() {
        return target().state.admit();
    }

    /** A sign-in this latch admitted succeeded: the credentials work, so the latch is released. */
    public void signedIn() {
        target().state.signedIn();
    }

    /**
     * A sign-in was refused: latches (or latches again after a trial) for {@code backoff} from {@code clock}'s now.
     *
     * @return the latch as it is now
     */
    public Latched refused(ApiException refusal, Clock clock, Duration backoff) {
        return target().state.refused(refusal, clock, backoff);
    }

    /**
     * A sign-in this latch admitted failed for another reason (network, 5xx): that says nothing about the credentials,
     * so a latch stays as it was and its trial may be made again.
     */
    public void failedOtherwise(Admission admission) {
        target().state.failedOtherwise(admission);
    }

    /**
     * The latched refusal, while sign-ins are stopped: latched and the back-off not passed, or its trial sign-in
     * still running. Empty when open or when the next caller may try.
     */
    public Optional<Latched> latched() {
        return target().state.latched();
    }

    /**
     * Releases the latch (an operator fixed the credentials); the next caller signs in.
     *
     * @return whether it was latched
     */
    public boolean reset() {
        return target().state.reset();
    }

    /** Moves this latch's state to {@code newState} (a shared store was set up); what it held is not carried over. */
    void useState(AuthLatchState newState) {
        this.state = Objects.requireNonNull(newState, "newState");
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

    @Override
    public String toString() {
        return "AuthLatch[" + connectionName + ", " + latched().map(l -> "latched until " + l.until()).orElse("open") + "]";
    }
}
