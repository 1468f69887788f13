package com.commerceconnectors.core.camel;

import java.util.Optional;

/**
 * Lets the state repository of an export say when its consumer must not go on, for exports that more than one node
 * may run (a leader-elected route on a cluster). An {@link ExportConsumer} whose {@code stateRepository} implements it
 * asks before each poll and before each page and exchange, so a node that lost its leadership stops before its next
 * exchange even when the route policy that should stop it has not (yet) done so.
 * <p>
 * The guard is a best effort: the repository's own writes are what is fenced. A guard that answers from local state
 * (no I/O) can be asked as often as this; {@link #beforePoll} may do I/O.
 */
public interface ExportGuard {

    /**
     * A poll of the export stored under {@code stateKey} is about to read its watermark.
     *
     * @return empty to poll; otherwise why not (the poll is skipped and polled again at the next schedule)
     */
    Optional<String> beforePoll(String stateKey);

    /**
     * The export stored under {@code stateKey} is about to fetch its next page or hand on its next exchange. Must be
     * cheap: it is asked once per exchange.
     *
     * @return empty to go on; otherwise why not (the poll ends here: the watermark is written up to the last exchange
     *         that succeeded, if the repository accepts it)
     */
    Optional<String> beforeExchange(String stateKey);
}
