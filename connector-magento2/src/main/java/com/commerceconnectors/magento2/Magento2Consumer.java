package com.commerceconnectors.magento2;

import com.commerceconnectors.magento2.api.FilterExpression;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.MagentoTime;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.paging.SearchCriteriaPager;
import com.commerceconnectors.magento2.paging.Watermark;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Exports the records of a resource that changed since the stored watermark, page by page with keyset paging, and
 * advances the watermark only after each exchange succeeded. A crash or a failed exchange therefore re-delivers from
 * the first record not yet done (at least once), and records sharing one updated_at are never skipped because the
 * watermark holds the id too.
 * <p>
 * An exchange that fails is retried on the next poll. An error handler that marks the exchange handled (a dead-letter
 * channel with its default handled=true) counts as success: the watermark moves past the record, which then lives
 * only in the dead-letter destination.
 */
public class Magento2Consumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(Magento2Consumer.class);

    private final AtomicBoolean polling = new AtomicBoolean();
    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;
    private String stateKey;

    public Magento2Consumer(Magento2Endpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public Magento2Endpoint getEndpoint() {
        return (Magento2Endpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        Magento2Configuration config = getEndpoint().getConfiguration();
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

    private String defaultStateKey(Magento2Configuration config) {
        var connection = getEndpoint().getConnection();
        String store = config.getStoreCode() != null ? config.getStoreCode()
                : connection.storeCode() != null ? connection.storeCode() : "default";
        String filter = config.getFilter() == null ? "" : ":" + Integer.toHexString(config.getFilter().hashCode());
        return "magento2:" + connection.name() + ":" + store + ":" + config.getResource() + filter;
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
        Magento2Configuration config = getEndpoint().getConfiguration();
        MagentoResource resource = getEndpoint().resource();
        SearchCriteria filter = FilterExpression.parseFilter(config.getFilter());
        Instant since = config.getSince() == null ? null : MagentoTime.parseSince(config.getSince());
        SearchCriteriaPager pager = new SearchCriteriaPager(resource, filter, config.getPageSize(),
                c -> getEndpoint().api().search(resource, c, null), getEndpoint().getComponent().clientOptions().clock(), Duration.ofMillis(config.getSettleTime()));
        SearchCriteriaPager.Run run = pager.open(storedWatermark(), since);
        int delivered = 0;
        while (run.hasNext() && isRunAllowed()) {
            SearchCriteriaPager.Page page = run.next();
            if (page.records().isEmpty()) {
                continue;
            }
            Queue<Object> exchanges = new ArrayDeque<>();
            if (config.isSplitRecords()) {
                for (JsonNode record : page.records()) {
                    Exchange exchange = createExchange(page, List.of(record), run, record, resource);
                    exchange.getMessage().setBody(Magento2Producer.toJava(record));
                    exchanges.add(exchange);
                }
            } else {
                Exchange exchange = createExchange(page, page.records(), run, page.records().get(page.records().size() - 1), resource);
                exchange.getMessage().setBody(Magento2Producer.toJavaList(page.records()));
                exchanges.add(exchange);
            }
            // processBatch drains the queue: compare with the page's size taken before, not what is left after
            int pageSize = exchanges.size();
            int done = processBatch(exchanges);
            delivered += done;
            if (done < pageSize) {
                break; // an exchange failed: the next poll starts again at it
            }
        }
        if (delivered > 0) {
            LOG.info("Exported {} {} up to {} (changes at or after {} come with the next poll)",
                    delivered, resource.name(), stateRepository.getState(stateKey), run.upperBound());
        }
        return delivered;
    }

    private Exchange createExchange(SearchCriteriaPager.Page page, List<JsonNode> records, SearchCriteriaPager.Run run,
                                    JsonNode last, MagentoResource resource) {
        Exchange exchange = createExchange(false);
        JsonNode id = last.get(resource.idJsonField());
        Watermark mark = new Watermark(last.get(resource.updatedField()).asText(),
                id.isIntegralNumber() ? id.asLong() : Long.parseLong(id.asText()));
        exchange.getMessage().setHeader(Magento2Constants.WATERMARK, mark.encode());
        exchange.getMessage().setHeader(Magento2Constants.PAGE_NUMBER, page.number());
        exchange.getMessage().setHeader(Magento2Constants.UPPER_BOUND, run.upperBound());
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, false);
        if (page.lastPage()) {
            exchange.setProperty("CamelMagento2LastPage", true);
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
            boolean lastOfRun = exchanges.isEmpty() && Boolean.TRUE.equals(exchange.getProperty("CamelMagento2LastPage"));
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, lastOfRun);
            exchange.removeProperty("CamelMagento2LastPage");
            pendingExchanges = total - index - 1;
            index++;
            String mark = exchange.getMessage().getHeader(Magento2Constants.WATERMARK, String.class);
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
