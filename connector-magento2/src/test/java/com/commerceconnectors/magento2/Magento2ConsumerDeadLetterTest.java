package com.commerceconnectors.magento2;

import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the export's watermark meets error handling: an exchange a dead-letter channel handles counts as success (the
 * watermark moves past it), while an unhandled failure stops the poll before it.
 */
class Magento2ConsumerDeadLetterTest extends SandboxCamelSupport {

    private static final String EXPORT = "magento2:products?connection=#shop&pageSize=4&stateRepository=#state"
            + "&initialDelay=0&delay=3600000&settleTime=0";
    private static final String KEY = "magento2:shop:default:products";

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> deadLettered = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private MemoryStateRepository state;
    private List<Product> exportOrder;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(10);
        exportOrder = magento.products().all().stream()
                .sorted(Comparator.comparing(Product::updatedAt).thenComparingLong(Product::id)).toList();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
    }

    private void exportFailingAt(String failingSku, boolean deadLetterChannel) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (deadLetterChannel) {
                    errorHandler(deadLetterChannel("direct:dead"));
                    from("direct:dead").process(e -> deadLettered.add(sku(e)));
                }
                from(EXPORT).routeId("export").process(e -> {
                    if (sku(e).equals(failingSku)) {
                        if (!deadLetterChannel) {
                            done.countDown();
                        }
                        throw new IllegalStateException("the target refused " + failingSku);
                    }
                    delivered.add(sku(e));
                    if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                        done.countDown();
                    }
                });
            }
        });
        startCamelContext();
        assertThat(done.await(30, TimeUnit.SECONDS)).as("the export reached its end or its failure").isTrue();
    }

    /** The stored watermark's id once it is {@code expected}: it is stored just after the exchange's processing. */
    private long awaitWatermarkId(long expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long id = -1;
        while (System.nanoTime() < deadline) {
            String stored = state.getState(KEY);
            id = stored == null ? -1 : Long.parseLong(Watermark.decode(stored).id());
            if (id == expected) {
                break;
            }
            Thread.onSpinWait();
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static String sku(Exchange e) {
        return (String) e.getMessage().getBody(Map.class).get("sku");
    }

    @Test
    void anExchangeHandledByADeadLetterChannelCountsAsSuccessAndTheWatermarkMovesPastIt() throws Exception {
        Product failing = exportOrder.get(4);
        exportFailingAt(failing.sku(), true);

        assertThat(deadLettered).containsExactly(failing.sku());
        assertThat(delivered).hasSize(9).doesNotContain(failing.sku());
        Product last = exportOrder.get(9);
        assertThat(awaitWatermarkId(last.id())).as("the watermark is at the last record").isEqualTo(last.id());
    }

    @Test
    void withoutADeadLetterChannelTheWatermarkStopsBeforeTheFailedRecord() throws Exception {
        Product failing = exportOrder.get(4);
        exportFailingAt(failing.sku(), false);

        assertThat(delivered).hasSize(4);
        assertThat(Long.parseLong(Watermark.decode(state.getState(KEY)).id())).as("the next poll starts again at the failed record")
                .isEqualTo(exportOrder.get(3).id());
    }
}
