package com.commerceconnectors.core.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The cause of every failure an {@link AuthLatch} gives while latched, so code that reports failures (a consumer's
 * poll loop, say) can tell "still latched" from a new failure and log it quietly: see {@link #of(Throwable)}. Its
 * message is the latch sentence; it has no stack trace and holds no secret.
 */
public final class SignInLatchedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AuthLatch.Latched latched;

    SignInLatchedException(AuthLatch.Latched latched) {
        super(latched.sentence(), null, false, false);
        this.latched = Objects.requireNonNull(latched, "latched");
    }

    /** The latch state the failure came from. */
    public AuthLatch.Latched latched() {
        return latched;
    }

    /** The latch behind {@code failure}, when it is (or was caused by) a latched fast failure. */
    public static Optional<AuthLatch.Latched> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SignInLatchedException latchedFailure && latchedFailure.latched != null) {
                return Optional.of(latchedFailure.latched);
            }
        }
        return Optional.empty();
    }
}
