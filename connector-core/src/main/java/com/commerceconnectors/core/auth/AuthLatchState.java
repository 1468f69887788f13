package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where one connection's {@link AuthLatch} keeps its state, and how it decides: in this JVM
 * ({@link InMemoryAuthLatchState}, the default) or shared by the nodes that run the same routes, so that N nodes with a
 * wrong password make one refused sign-in per back-off, not N. An {@link AuthLatchStore} hands these out.
 * <p>
 * The contract is {@link AuthLatch}'s: {@link #admit()} answers OPEN or TRIAL, or throws the latched refusal's
 * {@link AuthLatch.Latched#failure()}; every admission is followed by exactly one of {@link #signedIn()},
 * {@link #refused} or {@link #failedOtherwise}. While latched, at most one caller — across every node sharing the
 * state — makes the trial sign-in after the back-off. {@link #refused} may also be called without an admission (a
 * readiness check that saw a refusal). Implementations are thread-safe.
 */
public interface AuthLatchState {

    /**
     * Asks to sign in; a shared state may wait (bounded) while another node signs in.
     *
     * @throws ApiException the latched refusal while latched
     */
    AuthLatch.Admission admit();

    /** The admitted sign-in succeeded: the latch is released (everywhere it is shared). */
    void signedIn();

    /** A sign-in was refused: latches for {@code backoff} from {@code clock}'s now, unless already latched. */
    AuthLatch.Latched refused(ApiException refusal, Clock clock, Duration backoff);

    /** The admitted sign-in failed for another reason: the latch stays as it was; a trial may be made again. */
    void failedOtherwise(AuthLatch.Admission admission);

    /** The latched refusal while sign-ins are stopped (back-off not passed, or its trial running). */
    Optional<AuthLatch.Latched> latched();

    /** Releases the latch (everywhere it is shared); answers whether it was latched. */
    boolean reset();
}
