package com.commerceconnectors.oro;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.FilterExpression;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.OroTime;
import com.commerceconnectors.oro.api.SparseFields;
import com.commerceconnectors.oro.paging.KeysetPager;
import com.commerceconnectors.oro.paging.Watermark;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
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
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exports the records of a resource that changed since the stored watermark, with keyset paging over
 * (watermarkField, id) ({@link KeysetPager}), and advances the watermark only after each exchange succeeded. A crash
 * or a failed exchange therefore re-delivers from the first record not yet done (at least once), and records sharing
 * one timestamp are never skipped because the watermark holds the id too.
 * <p>
 * An exchange that fails is retried on the next poll. An error handler that marks the exchange handled (a dead-letter
 * channel with its default handled=true) counts as success: the watermark moves past the record, which then lives
 * only in the dead-letter destination. A poll that is still running when the next one is due is not overlapped.
 */
public class OroConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OroConsumer.class);
    private static final String LAST_PAGE = "CamelOroLastPage";

    private final AtomicBoolean polling = new AtomicBoolean();
    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;
    private String stateKey;

    public OroConsumer(OroEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public OroEndpoint getEndpoint() {
        return (OroEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        OroConfiguration config = getEndpoint().getConfiguration();
        userQuery(config); // a filter or fields option that cannot work fails the start
        if (config.getSince() != null) {
            OroTime.parseSince(config.getSince());
        }
        stateRepository = config.getStateRepository();
        if (stateRepository == null) {
            stateRepository = FileStateRepository.fileStateRepository(new File(config.getStateFile()));
            ownsStateRepository = true;
        }
        ServiceHelper.startService(stateRepository);
        stateKey = config.getStateKey() != null ? config.getStateKey() : defaultStateKey(config);
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

    private String defaultStateKey(OroConfiguration config) {
        var connection = getEndpoint().getConnection();
        String filter = config.getFilter() == null ? "" : ":" + Integer.toHexString(config.getFilter().hashCode());
        return "oro:" + connection.name() + ":" + getEndpoint().api().apiPath() + ":" + config.getResource() + filter;
    }

    /** The key the watermark is stored under. */
    String stateKey() {
        return stateKey;
    }

    private Watermark storedWatermark() {
        String stored = stateRepository.getState(stateKey);
        return stored == null || stored.isBlank() ? null : Watermark.decode(stored);
    }

    /** The user's filters, include and fields; the watermark field stays in a sparse fieldset of the resource. */
    private JsonApiQuery userQuery(OroConfiguration config) {
        OroResource resource = getEndpoint().resource();
        JsonApiQuery query = FilterExpression.addTo(new JsonApiQuery(), config.getFilter());
        query.include(config.getInclude());
        SparseFields.parse(config.getFields(), resource.type()).including(resource.type(), resource.watermarkField()).addTo(query);
        return query;
    }

    @Override
    protected int poll() throws Exception {
        if (!polling.compareAndSet(false, true)) {
            // a cron firing while the previous export still runs: skip rather than overlap
            LOG.info("Skipping a poll of {}: the previous one is still running", getEndpoint());
            return 0;
        }
        try {
            return exportOnce();
        } finally {
            polling.set(false);
        }
    }

    private int exportOnce() throws Exception {
        OroConfiguration config = getEndpoint().getConfiguration();
        OroResource resource = getEndpoint().resource();
        Instant since = config.getSince() == null ? null : OroTime.parseSince(config.getSince());
        KeysetPager pager = new KeysetPager(resource, userQuery(config), config.getPageSize(),
                (query, withTotal) -> getEndpoint().api().list(resource, query, withTotal),
                getEndpoint().getComponent().clientOptions().clock(), Duration.ofMillis(config.getSettleTime()));
        KeysetPager.Run run = pager.open(storedWatermark(), since);
        int delivered = 0;
        KeysetPager.Page current = nextWithRecords(run);
        Long totalCount = current == null ? null : current.totalCount();
        // one page is read ahead, so the last exchange of a run is marked complete even when Oro's last page is empty
        while (current != null && isRunAllowed()) {
            KeysetPager.Page next = current.lastPage() ? null : nextWithRecords(run);
            boolean lastOfRun = next == null;
            Queue<Object> exchanges = new ArrayDeque<>();
            if (config.isSplitRecords()) {
                for (ObjectNode record : current.records()) {
                    Exchange exchange = createExchange(current, record, run, pager, totalCount, lastOfRun);
                    exchange.getMessage().setBody(OroProducer.toMap(record));
                    exchanges.add(exchange);
                }
            } else {
                List<ObjectNode> records = current.records();
                Exchange exchange = createExchange(current, records.get(records.size() - 1), run, pager, totalCount, lastOfRun);
                exchange.getMessage().setBody(OroProducer.toMaps(records));
                exchanges.add(exchange);
            }
            int size = exchanges.size(); // processBatch drains the queue
            int done = processBatch(exchanges);
            delivered += done;
            if (done < size) {
                break; // an exchange failed: the next poll starts again at it
            }
            current = next;
        }
        if (delivered > 0) {
            LOG.info("Exported {} {} up to {} (changes at or after {} come with the next poll)",
                    delivered, resource.name(), stateRepository.getState(stateKey), run.upperBound());
        }
        return delivered;
    }

    /** The run's next page that has records to deliver; {@code null} when the run is complete. */
    private KeysetPager.Page nextWithRecords(KeysetPager.Run run) {
        Long firstTotal = null;
        while (run.hasNext() && isRunAllowed()) {
            KeysetPager.Page page = run.next();
            if (page.totalCount() != null) {
                firstTotal = page.totalCount();
            }
            if (!page.records().isEmpty()) {
                return firstTotal == null || page.totalCount() != null ? page
                        : new KeysetPager.Page(page.number(), page.records(), page.lastPage(), firstTotal);
            }
        }
        return null;
    }

    private Exchange createExchange(KeysetPager.Page page, ObjectNode last, KeysetPager.Run run, KeysetPager pager,
                                    Long totalCount, boolean lastOfRun) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(OroConstants.WATERMARK, pager.keyOf(last).encode());
        exchange.getMessage().setHeader(OroConstants.PAGE_NUMBER, page.number());
        exchange.getMessage().setHeader(OroConstants.UPPER_BOUND, OroTime.format(run.upperBound()));
        if (totalCount != null) {
            exchange.getMessage().setHeader(OroConstants.TOTAL_COUNT, totalCount);
        }
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, false);
        if (lastOfRun) {
            exchange.setProperty(LAST_PAGE, true);
        }
        return exchange;
    }

    /** Processes a page's exchanges in order and stores the watermark after each success; returns how many succeeded. */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        int succeeded = 0;
        while (!exchanges.isEmpty() && isBatchAllowed()) {
            Exchange exchange = (Exchange) exchanges.poll();
            boolean lastOfRun = exchanges.isEmpty() && Boolean.TRUE.equals(exchange.getProperty(LAST_PAGE));
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, lastOfRun);
            exchange.removeProperty(LAST_PAGE);
            pendingExchanges = total - index - 1;
            index++;
            String mark = exchange.getMessage().getHeader(OroConstants.WATERMARK, String.class);
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
            stateRepository.setState(stateKey, mark);
            succeeded++;
            releaseExchange(exchange, false);
        }
        return succeeded;
    }
}
