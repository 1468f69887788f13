package com.commerceconnectors.magento2;

import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.web.MagentoTime;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one export run tells the route: which exchange is its last, how many records a poll delivered, the run's
 * total count, and where a watermark stored by earlier releases leads.
 */
class Magento2ExportRunTest extends SandboxCamelSupport {

    private static final String KEY = "magento2:shop:default:products";
    private static final String EXPORT = "magento2:products?connection=#shop&stateRepository=#state&pollStrategy=#polls"
            + "&initialDelay=0&delay=3600000&settleTime=0";

    /** What the route saw of one exchange. */
    private record Seen(Object body, Long totalCount, boolean batchComplete) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final RecordingPollStrategy polls = new RecordingPollStrategy();
    private MemoryStateRepository state;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        context.getRegistry().bind("polls", polls);
    }

    private void export(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(EXPORT + options).routeId("export").process(e -> seen.add(new Seen(e.getMessage().getBody(),
                        e.getMessage().getHeader(Magento2Constants.TOTAL_COUNT, Long.class),
                        Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE)))));
            }
        });
        startCamelContext();
    }

    private List<Product> exportOrder() {
        return magento.products().all().stream()
                .sorted(Comparator.comparing(Product::updatedAt).thenComparingLong(Product::id)).toList();
    }

    @Test
    void aRunWhoseLastPageKeepsNothingStillMarksItsLastExchangeBatchComplete() throws Exception {
        // page 1 is full; what remains changed after the run began (past its upper bound), so page 2 keeps nothing
        magento.seedProducts(6);
        List<Product> order = exportOrder();
        Instant later = Instant.parse("2100-01-01T00:00:00Z");
        magento.products().touch(order.get(0).sku(), later);
        magento.products().touch(order.get(1).sku(), later);

        export("&pageSize=4");
        polls.awaitFirstPoll();

        assertThat(seen).hasSize(4);
        assertThat(seen.subList(0, 3)).noneMatch(Seen::batchComplete);
        assertThat(seen.get(3).batchComplete()).as("the run's last exchange says so").isTrue();
    }

    @Test
    void withOneExchangePerPageThePollAndItsLogLineCountRecords() throws Exception {
        magento.seedProducts(10);
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors")) {
            export("&pageSize=4&splitRecords=false");
            assertThat(polls.awaitFirstPoll()).as("the poll's count").isEqualTo(10);
            assertThat(logs.text()).contains("Exported 10 products");
        }
        assertThat(seen).hasSize(3);
        assertThat(seen).extracting(s -> ((List<?>) s.body()).size()).containsExactly(4, 4, 2);
        assertThat(seen.get(2).batchComplete()).isTrue();
    }

    @Test
    void everyExchangeOfARunCarriesTheRunsTotalCount() throws Exception {
        magento.seedProducts(10);
        export("&pageSize=4");
        polls.awaitFirstPoll();

        assertThat(seen).hasSize(10);
        assertThat(seen).extracting(Seen::totalCount).containsOnly(10L);
    }

    @Test
    void aWatermarkStoredByEarlierReleasesResumesJustAfterItsRecord() throws Exception {
        magento.seedProducts(30);
        List<Product> order = exportOrder();
        Product done = order.get(11);
        // the form every release has stored: Magento's time, a bar, the numeric id
        state.setState(KEY, MagentoTime.format(done.updatedAt()) + "|" + done.id());

        export("&pageSize=7");
        assertThat(polls.awaitFirstPoll()).isEqualTo(18);

        assertThat(seen).extracting(s -> (String) ((Map<?, ?>) s.body()).get("sku"))
                .containsExactlyElementsOf(order.subList(12, 30).stream().map(Product::sku).toList());
        Product last = order.get(29);
        assertThat(state.getState(KEY)).isEqualTo(MagentoTime.format(last.updatedAt()) + "|" + last.id());
    }
}
