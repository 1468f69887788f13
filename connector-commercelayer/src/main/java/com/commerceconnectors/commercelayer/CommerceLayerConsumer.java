package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.api.ListOptions;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.commercelayer.paging.KeysetPager;
import com.commerceconnectors.commercelayer.paging.Timestamps;
import com.commerceconnectors.commercelayer.paging.Watermark;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
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
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exports the records of a resource that changed since the stored watermark, with keyset paging on
 * (updated_at, id), and advances the watermark only after each exchange succeeded. A crash or a failed exchange
 * re-delivers from the first record not yet done (at least once across runs); within a run each record is delivered
 * exactly once, also when records change between pages (see {@link KeysetPager}).
 * <p>
 * An exchange that fails stops the poll; the next poll starts again at it. An error handler that marks the exchange
 * handled (a dead-letter channel with its default handled=true) counts as success: the watermark moves past the
 * record, which then lives only in the dead-letter destination.
 */
public class CommerceLayerConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(CommerceLayerConsumer.class);
    private static final String LAST_PAGE = "CamelCommerceLayerLastPage";

    private final AtomicBoolean polling = new AtomicBoolean();
    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;
    private String stateKey;

    public CommerceLayerConsumer(CommerceLayerEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public CommerceLayerEndpoint getEndpoint() {
        return (CommerceLayerEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        CommerceLayerConfiguration config = getEndpoint().getConfiguration();
        if (config.getSince() != null) {
            Timestamps.parseSince(config.getSince()); // a wrong since fails the route's start, not its first poll
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

    private String defaultStateKey(CommerceLayerConfiguration config) {
        String filter = config.getFilter() == null ? "" : ":" + Integer.toHexString(config.getFilter().hashCode());
        return "commercelayer:" + getEndpoint().getConnection().name() + ":" + getEndpoint().resource().path() + filter;
    }

    /** The stored watermark, or {@code null} when the export starts from {@code since}. */
    Watermark storedWatermark() {
        String stored = stateRepository.getState(stateKey);
        return stored == null || stored.isBlank() ? null : Watermark.decode(stored);
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
        CommerceLayerConfiguration config = getEndpoint().getConfiguration();
        ResourcePath resource = getEndpoint().resource();
        JsonApiQuery base = ListOptions.addFilter(new JsonApiQuery(), config.getFilter());
        base.include(config.getInclude());
        ListOptions.addFields(base, config.getFields(), resource.type(), "updated_at");
        Instant since = config.getSince() == null ? null : Timestamps.parseSince(config.getSince());
        KeysetPager pager = new KeysetPager(base, config.getPageSize(), q -> getEndpoint().api().list(resource, q),
                getEndpoint().getComponent().clientOptions().clock(), Duration.ofMillis(config.getSettleTime()));
        KeysetPager.Run run = pager.open(storedWatermark(), since);
        int delivered = 0;
        // one page of lookahead: a page is delivered once the next is known, so the last exchange of the run is
        // marked CamelBatchComplete even when the run ends with an empty page
        KeysetPager.Page pending = null;
        boolean failed = false;
        while (run.hasNext() && isRunAllowed()) {
            KeysetPager.Page page = run.next();
            if (page.records().isEmpty()) {
                continue;
            }
            if (pending != null) {
                int done = deliver(pending, false, run, config);
                delivered += done;
                if (done < pending.records().size()) {
                    failed = true; // an exchange failed: the next poll starts again at it
                    break;
                }
            }
            pending = page;
        }
        if (!failed && pending != null && isRunAllowed()) {
            delivered += deliver(pending, !run.hasNext(), run, config);
        }
        if (delivered > 0) {
            LOG.info("Exported {} {} up to {} (changes at or after {} come with the next poll)", delivered, resource,
                    stateRepository.getState(stateKey), Timestamps.format(run.upperBound()));
        }
        return delivered;
    }

    /** Sends a page's records as exchanges; returns how many records were delivered. */
    private int deliver(KeysetPager.Page page, boolean lastOfRun, KeysetPager.Run run, CommerceLayerConfiguration config)
            throws Exception {
        Queue<Object> exchanges = new ArrayDeque<>();
        if (config.isSplitRecords()) {
            for (ObjectNode record : page.records()) {
                Exchange exchange = createExchange(page, run, record, lastOfRun);
                exchange.getMessage().setBody(CommerceLayerProducer.toJava(record));
                exchanges.add(exchange);
            }
        } else {
            Exchange exchange = createExchange(page, run, page.records().get(page.records().size() - 1), lastOfRun);
            exchange.getMessage().setBody(CommerceLayerProducer.toJavaList(page.records()));
            exchanges.add(exchange);
        }
        int done = processBatch(exchanges);
        return config.isSplitRecords() ? done : done == 1 ? page.records().size() : 0;
    }

    private Exchange createExchange(KeysetPager.Page page, KeysetPager.Run run, ObjectNode last, boolean lastOfRun) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setHeader(CommerceLayerConstants.WATERMARK, KeysetPager.keyOf(last).encode());
        exchange.getMessage().setHeader(CommerceLayerConstants.PAGE_NUMBER, page.number());
        exchange.getMessage().setHeader(CommerceLayerConstants.UPPER_BOUND, Timestamps.format(run.upperBound()));
        if (page.recordCount() != null) {
            exchange.getMessage().setHeader(CommerceLayerConstants.TOTAL_COUNT, page.recordCount());
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
            String mark = exchange.getMessage().getHeader(CommerceLayerConstants.WATERMARK, String.class);
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
