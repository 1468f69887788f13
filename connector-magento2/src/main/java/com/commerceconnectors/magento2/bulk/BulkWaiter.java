package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.http.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Polls the status of accepted bulks until every queued record was processed or the timeout passed: one status
 * request per unfinished bulk per round, the poll interval between rounds. The time waited is the larger of what the
 * clock says and what was slept, so the bound holds with an injected sleeper that does not move the clock.
 */
final class BulkWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWaiter.class);

    /** The last status seen of every bulk, and whether the wait ended with records still open. */
    record Outcome(Map<String, Map<Integer, OperationReport>> reports, boolean timedOut) {
    }

    /** Reads one bulk's status; failures propagate. */
    @FunctionalInterface
    interface StatusSource {
        Map<Integer, OperationReport> read(String uuid);
    }

    private final StatusSource status;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration timeout;

    BulkWaiter(StatusSource status, Sleeper sleeper, Clock clock, Duration pollInterval, Duration timeout) {
        this.status = status;
        this.sleeper = sleeper;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /**
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    Outcome await(List<AcceptedBulk> bulks) throws InterruptedException {
        Map<String, Map<Integer, OperationReport>> latest = new HashMap<>();
        List<AcceptedBulk> pending = new ArrayList<>();
        for (AcceptedBulk bulk : bulks) {
            if (!bulk.queued().isEmpty()) {
                pending.add(bulk);
            }
        }
        Instant start = clock.instant();
        Duration slept = Duration.ZERO;
        while (true) {
            for (Iterator<AcceptedBulk> it = pending.iterator(); it.hasNext(); ) {
                AcceptedBulk bulk = it.next();
                Map<Integer, OperationReport> reports = status.read(bulk.uuid());
                latest.put(bulk.uuid(), reports);
                long open = openCount(bulk, reports);
                LOG.debug("Bulk {}: {} of {} records still open", bulk.uuid(), open, bulk.queued().size());
                if (open == 0) {
                    it.remove();
                }
            }
            if (pending.isEmpty()) {
                return new Outcome(latest, false);
            }
            Duration byClock = Duration.between(start, clock.instant());
            Duration elapsed = byClock.compareTo(slept) > 0 ? byClock : slept;
            if (elapsed.compareTo(timeout) >= 0) {
                return new Outcome(latest, true);
            }
            Duration left = timeout.minus(elapsed);
            Duration wait = left.compareTo(pollInterval) < 0 ? left : pollInterval;
            sleeper.sleep(wait);
            slept = slept.plus(wait);
        }
    }

    /** Queued records the status does not show processed (not listed counts as open). */
    static long openCount(AcceptedBulk bulk, Map<Integer, OperationReport> reports) {
        return bulk.queued().stream()
                .map(reports::get)
                .filter(report -> report == null || report.state() == OperationState.OPEN)
                .count();
    }
}
