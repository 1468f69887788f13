package com.commerceconnectors.cli.demo;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One row of the demo's summary: a flow and what it cost.
 *
 * @param flow          what ran, e.g. {@code export products}
 * @param records       records it moved; empty for flows that move none
 * @param pages         pages it read; empty for flows that read none
 * @param elapsed       how long it took
 * @param tokenRequests sign-ins the platform saw during the flow
 */
record FlowStats(String flow, OptionalLong records, OptionalInt pages, Duration elapsed, int tokenRequests) {

    /** Records per second, when the flow moved records in measurable time. */
    OptionalLong rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return records.isEmpty() || seconds <= 0 ? OptionalLong.empty()
                : OptionalLong.of(Math.round(records.getAsLong() / seconds));
    }
}
