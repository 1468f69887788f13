package com.commerceconnectors.core.camel;

import com.commerceconnectors.core.json.JsonToJava;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.core.paging.Since;
import com.commerceconnectors.core.paging.Watermark;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one export consumer of every connector: each poll runs the endpoint's {@link Export} with {@link KeysetPager}
 * from the stored watermark, and hands records on as exchanges (one per record, or one per page with
 * {@code splitRecords=false}).
 * <ul>
 *   <li>The watermark advances only past exchanges that succeeded, so a crash or a failed exchange re-delivers from the
 *       first record not done (at least once). It is written at most once per page: after the page, and when an
 *       exchange fails or the consumer stops mid-page.</li>
 *   <li>A failed exchange stops the poll; the next poll starts again at it. An error handler that marks the exchange
 *       handled (a dead-letter channel with its default handled=true) counts as success: the watermark moves past the
 *       record, which then lives only in the dead-letter destination.</li>
 *   <li>One page is read ahead, so the last exchange of a run carries {@code CamelBatchComplete=true} even when the
 *       platform's last page holds nothing to deliver.</li>
 *   <li>When the platform refuses the page size and names the largest it serves (Magento with its web API input
 *       limits on), the poll goes on with that size, logged once; later polls ask for it from the start.</li>
 *   <li>A poll still running when the next is due (a cron firing) is not overlapped.</li>
 *   <li>A full export (a dialect that pages by id alone) stores its position the same way, so a poll that stops
 *       resumes where it stopped; once its run is complete the position is cleared, and the next poll exports
 *       everything again.</li>
 *   <li>{@link #poll()} answers the number of records delivered, whatever {@code splitRecords} says.</li>
 *   <li>While the connection's sign-in is latched (a refused password) a poll fails fast with the latched error;
 *       the default exception handler logs it at DEBUG, since the latch logged the refusal once at WARN.</li>
 *   <li>A state repository that is also an {@link ExportGuard} (a fenced one shared by the nodes of a cluster) is asked
 *       before each poll and before each page and exchange: a node that lost its leadership stops before its next
 *       exchange. When such a repository refuses a write ({@link StateWriteRefusedException}: another node owns the
 *       export now) the poll ends with one log line.</li>
 * </ul>
 */
public class ExportConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ExportConsumer.class);
    private static final String LAST_OF_RUN = "CamelConnectorLastOfRun";
    private static final String RECORDS = "CamelConnectorRecords";

    private final AtomicBoolean polling = new AtomicBoolean();
    private final ExportHeaders headers;
    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;
    private ExportGuard guard;
    private String stateKey;
    /** The last watermark this consumer wrote; for the poll's log line, so it needs no read of a remote store. */
    private String lastWritten;
    /** Set when the guard or a stop ended the current poll before its run was complete. */
    private boolean cutShort;
    /** Why the guard refused the last poll, so a refusal repeated every poll is logged once. */
    private String pollRefusal;
    /** The largest page the platform serves, once it refused the configured one; 0 until then. */
    private volatile int servedPageSize;

    public ExportConsumer(ConnectorEndpoint<?, ?> endpoint, Processor processor) {
        super(endpoint, processor);
        this.headers = ExportHeaders.withPrefix(endpoint.descriptor().headerPrefix());
        // the default; an exceptionHandler or bridgeErrorHandler option of the endpoint replaces it
        setExceptionHandler(new LatchAwareExceptionHandler(getExceptionHandler()));
    }

    @Override
    public ConnectorEndpoint<?, ?> getEndpoint() {
        return (ConnectorEndpoint<?, ?>) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        ConnectorConfiguration config = getEndpoint().getConfiguration();
        if (config.getSince() != null) {
            Since.parse(config.getSince()); // a wrong since fails the route's start, not its first poll
        }
        getEndpoint().newExport(); // so do a filter or fields option that cannot work
        stateRepository = config.getStateRepository();
        if (stateRepository == null) {
            stateRepository = FileStateRepository.fileStateRepository(new File(config.getStateFile()));
            ownsStateRepository = true;
        }
        ServiceHelper.startService(stateRepository);
        guard = stateRepository instanceof ExportGuard g ? g : null;
        stateKey = config.getStateKey() != null ? config.getStateKey() : getEndpoint().defaultStateKey();
        if (config.isResetWatermark()) {
            stateRepository.setState(stateKey, "");
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownsStateRepository) {
            ServiceHelper.stopService(stateRepository);
        }
    }

    /** The key the watermark is stored under; known once started. */
    public String stateKey() {
        return stateKey;
    }

    /** The stored watermark, or {@code null} when the export starts from {@code since}. */
    public Watermark storedWatermark() {
        String stored = stateRepository.getState(stateKey);
        return stored == null || stored.isBlank() ? null : Watermark.decode(stored);
    }

    @Override
    protected int poll() throws Exception {
        if (!polling.compareAndSet(false, true)) {
            LOG.info("Skipping a poll of {}: the previous one is still running", getEndpoint());
            return 0;
        }
        try {
            if (!pollAllowed()) {
                return 0;
            }
            return exportOnce(getEndpoint().newExport());
        } catch (StateWriteRefusedException e) {
            // the node that owns the export now goes on from the shared watermark; one line says why this one stops
            LOG.warn("Ending this poll of {}: {}", getEndpoint(), e.getMessage());
            return 0;
        } finally {
            polling.set(false);
        }
    }

    /** Asks the guard, if any, whether this poll may run; logs a refusal once until the answer changes. */
    private boolean pollAllowed() {
        if (guard == null) {
            return true;
        }
        Optional<String> refusal = guard.beforePoll(stateKey);
        if (refusal.isEmpty()) {
            if (pollRefusal != null) {
                LOG.info("Polling {} again", getEndpoint());
                pollRefusal = null;
            }
            return true;
        }
        if (!refusal.get().equals(pollRefusal)) {
            LOG.info("Not polling {}: {}", getEndpoint(), refusal.get());
            pollRefusal = refusal.get();
        } else {
            LOG.debug("Not polling {}: {}", getEndpoint(), refusal.get());
        }
        return false;
    }

    /** Whether the poll may fetch its next page or hand on its next exchange; marks the poll cut short if not. */
    private boolean mayGoOn() {
        if (!isRunAllowed()) {
            cutShort = true;
            return false;
        }
        if (guard == null) {
            return true;
        }
        Optional<String> refusal = guard.beforeExchange(stateKey);
        if (refusal.isPresent()) {
            if (!cutShort) {
                LOG.info("Stopping this poll of {} before its next exchange: {}", getEndpoint(), refusal.get());
            }
            cutShort = true;
            return false;
        }
        return true;
    }

    private <Q> int exportOnce(Export<Q> export) throws Exception {
        ConnectorConfiguration config = getEndpoint().getConfiguration();
        // a page size the platform refused once is not asked for again: one adaptation, logged once
        int pageSize = servedPageSize > 0 ? Math.min(servedPageSize, config.getPageSize()) : config.getPageSize();
        KeysetPager<Q> pager = new KeysetPager<>(export.dialect(), export.source(), pageSize,
                getEndpoint().getComponent().clock(), Duration.ofMillis(config.getSettleTime()));
        try {
            return exportOnce(export, pager);
        } finally {
            if (pager.pageSize() < pageSize) {
                servedPageSize = pager.pageSize();
            }
        }
    }

    private <Q> int exportOnce(Export<Q> export, KeysetPager<Q> pager) throws Exception {
        ConnectorConfiguration config = getEndpoint().getConfiguration();
        Instant since = config.getSince() == null ? null : Since.parse(config.getSince());
        cutShort = false;
        lastWritten = null;
        KeysetPager<Q>.Run run = pager.open(storedWatermark(), since);
        int delivered = 0;
        boolean stopped = false;
        Skipped skipped = new Skipped();
        KeysetPager.Page current = nextWithRecords(run, skipped);
        skipped.store(); // empty pages before the first with records: nothing to wait for
        while (current != null && !cutShort) {
            // the next page is known before this one goes out, so the run's last exchange can say it is the last
            KeysetPager.Page next = null;
            RuntimeException lookAheadFailure = null;
            try {
                next = current.lastPage() ? null : nextWithRecords(run, skipped);
            } catch (RuntimeException e) {
                lookAheadFailure = e; // deliver what was read before failing the poll
            }
            boolean lastOfRun = next == null && lookAheadFailure == null && !cutShort;
            Queue<Object> exchanges = exchangesOf(current, run, lastOfRun, config.isSplitRecords());
            int size = current.records().size();
            int done = processBatch(exchanges);
            delivered += done;
            if (done == size) {
                skipped.store(); // the empty pages read ahead come after this one
            }
            if (lookAheadFailure != null) {
                throw lookAheadFailure;
            }
            if (done < size || cutShort) {
                // an exchange failed, the consumer stops or the guard said so: the next poll starts at the first not done
                stopped = true;
                break;
            }
            current = next;
        }
        if (run.byIdAlone()) {
            if (!stopped && !run.hasNext()) {
                stateRepository.setState(stateKey, ""); // complete: the next poll exports everything again
            }
            if (delivered > 0) {
                LOG.info("Exported {} {} in full{} (a full export pages by id; changes at or after {} come with an"
                        + " incremental export from there)", delivered, export.dialect().resource(),
                        run.hasNext() ? " up to " + run.position() + ", to be resumed" : "", run.upperBoundText());
            }
            return delivered;
        }
        if (delivered > 0) {
            LOG.info("Exported {} {} up to {} (changes at or after {} come with the next poll)", delivered,
                    export.dialect().resource(), lastWritten, run.upperBoundText());
        }
        return delivered;
    }

    /**
     * The run's next page with records to deliver; {@code null} when the run is complete or cut short. An empty page
     * passed over may still move where the run resumes (the end of a cell paged by id): {@code skipped} keeps that for
     * when the records before it are delivered.
     */
    private KeysetPager.Page nextWithRecords(KeysetPager<?>.Run run, Skipped skipped) {
        while (run.hasNext() && mayGoOn()) {
            KeysetPager.Page page = run.next();
            if (!page.records().isEmpty()) {
                return page;
            }
            if (page.resumeAt() != null) {
                skipped.resumeAt = page.resumeAt().encode();
            }
        }
        return null;
    }

    /** Where empty pages read ahead moved the run's resume position to, stored once the pages before them are done. */
    private final class Skipped {
        private String resumeAt;

        void store() {
            if (resumeAt != null) {
                stateRepository.setState(stateKey, resumeAt);
                lastWritten = resumeAt;
                resumeAt = null;
            }
        }
    }

    private Queue<Object> exchangesOf(KeysetPager.Page page, KeysetPager<?>.Run run, boolean lastOfRun, boolean split) {
        Queue<Object> exchanges = new ArrayDeque<>();
        List<JsonNode> records = page.records();
        if (split) {
            for (int i = 0; i < records.size(); i++) {
                exchanges.add(exchangeOf(page, run, page.positions().get(i), JsonToJava.convert(records.get(i)), 1,
                        lastOfRun));
            }
        } else {
            exchanges.add(exchangeOf(page, run, page.resumeAt(), JsonToJava.convertAll(records), records.size(), lastOfRun));
        }
        return exchanges;
    }

    private Exchange exchangeOf(KeysetPager.Page page, KeysetPager<?>.Run run, Watermark resumeAt, Object body,
                                int recordCount, boolean lastOfRun) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        if (resumeAt != null) {
            message.setHeader(headers.watermark(), resumeAt.encode());
        }
        message.setHeader(headers.pageNumber(), page.number());
        message.setHeader(headers.upperBound(), run.upperBoundText());
        if (run.totalCount() != null) {
            message.setHeader(headers.totalCount(), run.totalCount());
        }
        exchange.setProperty(RECORDS, recordCount);
        if (lastOfRun) {
            exchange.setProperty(LAST_OF_RUN, true);
        }
        return exchange;
    }

    /**
     * Processes a page's exchanges in order; stops at the first that fails. The watermark of the last that succeeded
     * is written once, after the page or where it stopped. Returns how many records succeeded.
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        int succeeded = 0;
        String mark = null;
        try {
            while (!exchanges.isEmpty() && isBatchAllowed() && mayGoOn()) {
                Exchange exchange = (Exchange) exchanges.poll();
                boolean lastOfRun = exchanges.isEmpty() && Boolean.TRUE.equals(exchange.removeProperty(LAST_OF_RUN));
                int records = exchange.removeProperty(RECORDS) instanceof Integer n ? n : 1;
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, lastOfRun);
                pendingExchanges = total - index - 1;
                index++;
                String exchangeMark = exchange.getMessage().getHeader(headers.watermark(), String.class);
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Exporting a record failed; the next poll starts again at it",
                            exchange, exchange.getException());
                    releaseExchange(exchange, false);
                    return succeeded;
                }
                if (exchangeMark != null) {
                    mark = exchangeMark; // none inside a since's cell: the run then starts again from its since
                }
                succeeded += records;
                releaseExchange(exchange, false);
            }
            return succeeded;
        } finally {
            if (mark != null) {
                stateRepository.setState(stateKey, mark);
                lastWritten = mark;
            }
        }
    }
}
