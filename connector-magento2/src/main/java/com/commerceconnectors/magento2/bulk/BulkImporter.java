package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.Sleeper;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.write.RecordInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a list of records through Magento's asynchronous bulk API: one {@code POST /rest/<store>/async/bulk/V1/…}
 * per {@code bulkSize} records (store code {@code all} unless one is given), then — when asked to wait — the bulk
 * status until every queued record was processed or the timeout passed.
 * <ul>
 *   <li>A request Magento refuses as a whole for its data (a 4xx validation answer: nothing of it was queued) makes
 *       its records rejected, with Magento's message, and the import goes on.</li>
 *   <li>Any other failure of a request stops the import with an error naming the bulks accepted before it. A POST
 *       whose outcome is unknown (a dropped connection, a 5xx) is not sent again.</li>
 *   <li>A request refused for an entity's list longer than the store's input list limit (web API input limits
 *       on) rejects just the records with such a list, each saying which list and the limit; the rest is sent
 *       again, and later batches are checked against the limit before they go.</li>
 *   <li>Every record Magento did not save is reported by its index, never dropped.</li>
 * </ul>
 * One importer serves one exchange.
 */
public final class BulkImporter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkImporter.class);

    private final MagentoResource resource;
    private final BulkOptions options;
    private final BulkSubmitter submitter;
    private final BulkStatusReader statusReader;
    private final Sleeper sleeper;
    private final Clock clock;
    private final List<AcceptedBulk> accepted = new ArrayList<>();
    /** The store's input list limit, once a refusal named it. */
    private EntityArrayLimit.Refusal arrayLimit;

    public BulkImporter(MagentoApi api, MagentoResource resource, BulkOptions options, Sleeper sleeper, Clock clock) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.options = Objects.requireNonNull(options, "options");
        this.submitter = new BulkSubmitter(Objects.requireNonNull(api, "api"), pathFor(resource));
        this.statusReader = new BulkStatusReader(api);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The asynchronous bulk route of a resource below the store prefix.
     *
     * @throws ApiException (CONFIGURATION) for a resource this component does not import in bulk
     */
    public static String pathFor(MagentoResource resource) {
        if ("products".equals(resource.name())) {
            return "async/bulk/V1/products";
        }
        throw BulkErrors.notSupported(resource);
    }

    /**
     * Sends the records and, if the options say so, waits for Magento to process them.
     *
     * @return the summary; {@link BulkSummary#timedOut()} when records were still open at the timeout
     * @throws ApiException when a request or a status request failed; its message names the bulks already accepted
     */
    public BulkSummary run(List<RecordInput> records, String storeCode) {
        List<ItemResult> failures = new ArrayList<>();
        for (BulkBatch batch : BulkBatch.split(records, options.bulkSize())) {
            BulkBatch sending = arrayLimit == null ? batch : withinArrayLimit(batch, failures);
            if (!sending.isEmpty()) {
                submit(sending, storeCode, records.size(), failures);
            }
        }
        if (!options.waitForCompletion()) {
            return summary(records.size(), failures, Map.of(), false);
        }
        BulkWaiter waiter = new BulkWaiter(uuid -> statusReader.read(uuid, storeCode), sleeper, clock,
                options.pollInterval(), options.timeout());
        BulkWaiter.Outcome outcome;
        try {
            outcome = waiter.await(accepted);
        } catch (ApiException e) {
            throw BulkErrors.statusUnreadable(e, accepted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BulkErrors.interrupted(accepted);
        }
        return summary(records.size(), failures, outcome.reports(), outcome.timedOut());
    }

    /**
     * Sends one batch. A batch refused as a whole for its data rejects its records; when the refusal was an entity's
     * list longer than the store's input list limit, only the records with such a list are rejected (and later
     * batches are checked before sending), and the rest of the batch is sent again: nothing of it was queued.
     */
    private void submit(BulkBatch batch, String storeCode, int total, List<ItemResult> failures) {
        try {
            AcceptedBulk bulk = submitter.submit(batch, storeCode);
            accepted.add(bulk);
            LOG.info("Magento accepted {} as bulk {}", batch.describe(), bulk.uuid());
            bulk.refused().forEach((position, message) -> failures.add(new ItemResult(batch.index(position),
                    key(batch, position), OperationState.REJECTED, message, bulk.uuid())));
        } catch (ApiException e) {
            if (!BulkErrors.refusedAsWhole(e)) {
                throw BulkErrors.submissionFailed(e, batch, accepted, total);
            }
            Optional<EntityArrayLimit.Refusal> limit = EntityArrayLimit.refusal(e);
            if (limit.isPresent() && arrayLimit == null) {
                arrayLimit = limit.get();
                BulkBatch rest = withinArrayLimit(batch, failures);
                if (rest.records().size() < batch.records().size()) {
                    LOG.info("Magento refused {}: {}; the records with longer lists are left out, and later batches"
                            + " are checked before they are sent", batch.describe(), e.platformMessage().orElse(e.summary()));
                    if (!rest.isEmpty()) {
                        submit(rest, storeCode, total, failures);
                    }
                    return;
                }
            }
            LOG.info("Magento refused {} as a whole: {}", batch.describe(), e.summary());
            String message = "Magento refused this record's bulk request as a whole (nothing of it was queued): "
                    + e.platformMessage().orElse(e.summary());
            for (int position = 0; position < batch.records().size(); position++) {
                failures.add(new ItemResult(batch.index(position), key(batch, position), OperationState.REJECTED,
                        message, null));
            }
        }
    }

    /** The batch without the records whose lists exceed the store's limit; those are rejected, never sent. */
    private BulkBatch withinArrayLimit(BulkBatch batch, List<ItemResult> failures) {
        List<Integer> over = new ArrayList<>();
        for (int position = 0; position < batch.records().size(); position++) {
            Optional<String> tooLong = EntityArrayLimit.tooLong(batch.records().get(position).record(),
                    arrayLimit.maximum());
            if (tooLong.isPresent()) {
                over.add(position);
                failures.add(new ItemResult(batch.index(position), key(batch, position), OperationState.REJECTED,
                        EntityArrayLimit.message(tooLong.get(), arrayLimit), null));
            }
        }
        return over.isEmpty() ? batch : batch.without(over);
    }

    /** The bulks Magento accepted so far, in request order (also after {@link #run} failed). */
    public List<String> acceptedUuids() {
        return accepted.stream().map(AcceptedBulk::uuid).toList();
    }

    private BulkSummary summary(int total, List<ItemResult> refused, Map<String, Map<Integer, OperationReport>> reports,
                                boolean timedOut) {
        List<ItemResult> failures = new ArrayList<>(refused);
        int complete = 0;
        int open = 0;
        for (AcceptedBulk bulk : accepted) {
            Map<Integer, OperationReport> status = reports.getOrDefault(bulk.uuid(), Map.of());
            for (int position : bulk.queuedInOrder()) {
                OperationReport report = status.get(position);
                OperationState state = report == null ? OperationState.OPEN : report.state();
                if (state == OperationState.COMPLETE) {
                    complete++;
                } else if (state == OperationState.OPEN) {
                    open++;
                } else {
                    failures.add(new ItemResult(bulk.batch().index(position), key(bulk.batch(), position), state,
                            report.message(), bulk.uuid()));
                }
            }
        }
        failures.sort(Comparator.comparingInt(ItemResult::index));
        int rejected = (int) failures.stream().filter(f -> f.state() == OperationState.REJECTED).count();
        return new BulkSummary(acceptedUuids(), total, complete, failures.size() - rejected, rejected, open, failures,
                timedOut);
    }

    private static String key(BulkBatch batch, int position) {
        return batch.records().get(position).key();
    }
}
