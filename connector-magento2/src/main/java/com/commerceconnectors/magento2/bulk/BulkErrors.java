package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.support.MagentoErrorAdvisor;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The failures of a bulk import, in words an operator can act on. Each names the bulks Magento accepted before it
 * happened: their records are queued, and sending them again would save them twice.
 */
public final class BulkErrors {

    static final String SUMMARY_HEADER = "CamelMagento2BulkSummary";
    /** The ACL resource Magento's bulk status routes require. */
    static final String STATUS_RESOURCE = "Magento_AsynchronousOperations::system_magento_logging_bulk_operations";
    private static final int LISTED_FAILURES = 5;

    private BulkErrors() {
    }

    static ApiException notSupported(MagentoResource resource) {
        return ApiException.configuration("operation=bulk supports products, not " + resource.name(),
                "Magento's asynchronous bulk API has routes for other resources too: send them with operation=raw"
                        + " (e.g. POST async/bulk/V1/customers with a JSON array), or write them one by one with"
                        + " operation=create or upsert");
    }

    /** Whether Magento refused a batch as a whole because of its data: nothing of it was queued. */
    static boolean refusedAsWhole(ApiException e) {
        return e.category() == ErrorCategory.VALIDATION && e.status() >= 400 && e.status() < 500;
    }

    /** A batch failed in a way that stops the import (not its data): authentication, a missing route, the network. */
    static ApiException submissionFailed(ApiException e, BulkBatch batch, List<AcceptedBulk> accepted, int total) {
        String context = acceptedSoFar(accepted) + notSent(batch, total);
        if (isUnknownOutcome(e)) {
            return e.toBuilder()
                    .summary("The outcome of " + batch.describe() + " is unknown: " + lowerFirst(e.summary()))
                    .advice("Magento may have queued them, so they were not sent again (a second request could save"
                            + " them twice). Look for a bulk started just now in System > Action Logs > Bulk Actions"
                            + " before sending them again. " + context)
                    .build();
        }
        String advice = e.advice().orElse("");
        if (e.status() == 404 && MagentoErrorAdvisor.isUnknownRoute(e.platformMessage().orElse(""))) {
            advice = "This Magento has no asynchronous bulk route: enable the Magento_WebapiAsync module, or write"
                    + " the records one by one with operation=create or upsert";
        }
        return e.toBuilder()
                .summary("Magento did not take " + batch.describe() + ": " + lowerFirst(e.summary()))
                .advice(join(advice, context))
                .build();
    }

    /** Records were queued, then their status could not be read. */
    static ApiException statusUnreadable(ApiException e, List<AcceptedBulk> accepted) {
        String acl = e.category() == ErrorCategory.AUTHENTICATION || e.category() == ErrorCategory.AUTHORIZATION
                ? "Reading a bulk's status needs the ACL resource " + STATUS_RESOURCE + " (System > Action Logs >"
                + " Bulk Actions) for the admin role or integration, besides Magento_Catalog::products. " : "";
        return e.toBuilder()
                .summary("Magento accepted the records as " + uuids(accepted) + ", but reading their status failed: "
                        + lowerFirst(e.summary()))
                .advice(acl + join(e.advice().orElse(""), "The records are queued: follow them with GET"
                        + " V1/bulk/<uuid>/status (operation=raw) rather than sending them again"))
                .build();
    }

    static ApiException interrupted(List<AcceptedBulk> accepted) {
        return ApiException.builder(ErrorCategory.NETWORK, FailureReason.INTERRUPTED)
                .summary("Waiting for " + uuids(accepted) + " was interrupted")
                .advice("The records are queued in Magento: follow them with GET V1/bulk/<uuid>/status rather than"
                        + " sending them again")
                .build();
    }

    /** Records were still open when the wait ended. */
    public static ApiException timedOut(BulkSummary summary, Duration timeout) {
        return ApiException.builder(ErrorCategory.SERVER, FailureReason.OTHER)
                .summary("Magento has not processed " + summary.open() + " of " + summary.total() + " records within "
                        + human(timeout) + " (bulks " + String.join(", ", summary.bulkUuids()) + ")")
                .advice("They are queued and will be saved when Magento's consumer runs: do not send them again."
                        + " Check that the async.operations.all consumer runs (cron's consumers_runner, or bin/magento"
                        + " queue:consumers:start async.operations.all), follow the bulks with GET"
                        + " V1/bulk/<uuid>/status, or raise bulkTimeout. Header " + SUMMARY_HEADER
                        + " has the counts so far")
                .build();
    }

    /** Magento did not save some records. */
    public static ApiException itemsFailed(BulkSummary summary) {
        int failures = summary.failed() + summary.rejected();
        String listed = summary.failures().stream().limit(LISTED_FAILURES)
                .map(BulkErrors::describe)
                .collect(Collectors.joining("; "));
        String more = failures > LISTED_FAILURES ? "; and " + (failures - LISTED_FAILURES) + " more" : "";
        boolean retriable = summary.onlyRetriableFailures();
        String advice = retriable
                ? "Magento says these may succeed when sent again (e.g. after a database deadlock): send those records"
                + " again"
                : "Fix those records and send them again; the other records were saved";
        return ApiException.builder(retriable ? ErrorCategory.SERVER : ErrorCategory.VALIDATION, FailureReason.OTHER)
                .summary("Magento did not save " + failures + " of " + summary.total() + " records of the bulk: "
                        + listed + more)
                .advice(advice + ". Header " + SUMMARY_HEADER + " lists every one by index; bulkFailOnItemError=false"
                        + " makes the summary the body instead of failing the exchange")
                .build();
    }

    private static String describe(ItemResult failure) {
        String message = failure.message() != null ? failure.message().strip() : "no reason given";
        // Magento's messages end with a full stop; the list separates them with semicolons
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return "#" + failure.index() + (failure.key() != null ? " (" + failure.key() + ")" : "") + " "
                + failure.state().label() + ": " + message;
    }

    static boolean isUnknownOutcome(ApiException e) {
        if (e.retryable()) {
            return false;
        }
        if (e.category() == ErrorCategory.NETWORK) {
            return e.reason() == FailureReason.CONNECTION_DROPPED || e.reason() == FailureReason.READ_TIMEOUT;
        }
        // a 503 with Retry-After is a deliberate "not now": nothing was processed
        return e.category() == ErrorCategory.SERVER && !(e.status() == 503 && e.retryAfter().isPresent());
    }

    private static String acceptedSoFar(List<AcceptedBulk> accepted) {
        if (accepted.isEmpty()) {
            return "";
        }
        return "Accepted before it (queued, do not send again): " + accepted.stream()
                .map(a -> a.uuid() + " (" + BulkBatch.range(a.batch().firstIndex(), a.batch().lastIndex()) + ")")
                .collect(Collectors.joining(", ")) + ". ";
    }

    private static String notSent(BulkBatch batch, int total) {
        int next = batch.lastIndex() + 1;
        return next < total ? "Not sent: " + BulkBatch.range(next, total - 1) + "." : "";
    }

    private static String uuids(List<AcceptedBulk> accepted) {
        return (accepted.size() == 1 ? "bulk " : "bulks ")
                + accepted.stream().map(AcceptedBulk::uuid).collect(Collectors.joining(", "));
    }

    private static String human(Duration d) {
        if (d.toMillis() % 60_000 == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + (d.toSeconds() == 1 ? " second" : " seconds");
        }
        return d.toMillis() + " ms";
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return (a.endsWith(".") ? a : a + ".") + " " + b;
    }

    /** "The connection … was closed" reads on after a colon as "the connection …". */
    private static String lowerFirst(String s) {
        return s.startsWith("The ") ? "the " + s.substring(4) : s;
    }
}
