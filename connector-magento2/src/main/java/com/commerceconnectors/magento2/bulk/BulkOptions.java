package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;

import java.time.Duration;

/**
 * How a bulk import runs.
 *
 * @param bulkSize          records per asynchronous bulk request (1–{@value #MAX_BULK_SIZE})
 * @param waitForCompletion whether to poll Magento until every record was processed
 * @param pollInterval      the wait between two rounds of status requests
 * @param timeout           how long to wait in all before giving up (the records stay queued in Magento)
 * @param failOnItemError   whether a record Magento refused fails the exchange
 */
public record BulkOptions(int bulkSize, boolean waitForCompletion, Duration pollInterval, Duration timeout,
                          boolean failOnItemError) {

    /** Magento's limit on the entities of an asynchronous request when its web API input limits are on. */
    public static final int MAX_BULK_SIZE = 5000;

    public BulkOptions {
        if (bulkSize < 1 || bulkSize > MAX_BULK_SIZE) {
            throw ApiException.configuration("bulkSize must be between 1 and " + MAX_BULK_SIZE + ", not " + bulkSize,
                    "Use the default of 100, or at most " + MAX_BULK_SIZE + " (Magento refuses larger asynchronous"
                            + " requests when its input limits are on)");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw ApiException.configuration("bulkPollInterval must be positive, not " + describe(pollInterval),
                    "Use e.g. bulkPollInterval=2s");
        }
        if (timeout == null || timeout.isNegative()) {
            throw ApiException.configuration("bulkTimeout cannot be negative (" + describe(timeout) + ")",
                    "Use e.g. bulkTimeout=10m, or bulkWaitForCompletion=false not to wait at all");
        }
    }

    private static String describe(Duration duration) {
        return duration == null ? "missing" : duration.toMillis() + " ms";
    }
}
