package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store with Magento's web API input limits on (Stores › Configuration › Services › Web API Input Limits: at most
 * 300 records a page, 20 items per entity array): an export asked for pages of 1,000 goes on with 300 after one
 * refusal, logged once; what the limits refuse otherwise is said with Magento's placeholders filled in.
 */
class Magento2InputLimitsTest extends SandboxCamelSupport {

    private static final String EXPORT = "magento2:products?connection=#shop&stateRepository=#state&pollStrategy=#polls"
            + "&initialDelay=0&delay=20&settleTime=0&pageSize=1000";

    private final List<Object> received = new CopyOnWriteArrayList<>();
    private final RecordingPollStrategy polls = new RecordingPollStrategy();

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.settings().inputLimits(true);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("state", new MemoryStateRepository());
        context.getRegistry().bind("polls", polls);
    }

    private List<Integer> searchPageSizes() {
        return magento.requests().matching(r -> r.method().equals("GET") && "/V1/products".equals(r.routePath()))
                .stream().map(Magento2InputLimitsTest::pageSize).toList();
    }

    private static int pageSize(RecordedRequest r) {
        String marker = "searchCriteria%5BpageSize%5D=";
        String query = r.query();
        int at = query.indexOf(marker);
        String rest = query.substring(at + marker.length());
        int end = rest.indexOf('&');
        return Integer.parseInt(end < 0 ? rest : rest.substring(0, end));
    }

    @Test
    void anExportAskingForPagesOfAThousandAdaptsOnceToTheStoresMaximumAndCompletes() throws Exception {
        magento.seedProducts(1000);
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(EXPORT).process(e -> received.add(e.getMessage().getBody(Map.class).get("sku")));
                }
            });
            startCamelContext();
            List<Integer> delivered = polls.awaitPolls(3);

            assertThat(delivered.get(0)).isEqualTo(1000);
            assertThat(received).hasSize(1000).doesNotHaveDuplicates();
            assertThat(searchPageSizes()).as("one refused request, then the store's maximum")
                    .startsWith(1000, 300, 300, 300, 300)
                    .containsOnlyOnce(1000)
                    .containsOnly(1000, 300);
            List<String> adaptations = logs.events().stream().filter(l -> l.contains("refused pages of")).toList();
            assertThat(adaptations).as("logged once, over three polls").hasSize(1);
            assertThat(adaptations.get(0)).contains("INFO").contains("Magento refused pages of 1000 products")
                    .contains("Maximum SearchCriteria pageSize is 300").contains("goes on with pages of 300");
        }
    }

    @Test
    void aProducerReadAboveTheMaximumSaysSoWithTheMaximumFilledIn() {
        magento.seedProducts(5);
        startCamelContext();
        Exchange out = send("magento2:products?connection=#shop&pageSize=500", null, Map.of());

        ApiException e = failure(out);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("Maximum SearchCriteria pageSize is 300").doesNotContain("%max");
    }

    @Test
    void aRecordWithMoreArrayItemsThanTheStoreTakesIsRefusedWithTypeAndMaximumFilledIn() {
        startCamelContext();
        StringBuilder tierPrices = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            tierPrices.append(i == 0 ? "" : ",").append("{\"customer_group_id\":0,\"qty\":").append(i + 1)
                    .append(",\"value\":1}");
        }
        String record = "{\"sku\":\"TIERS\",\"name\":\"Many tiers\",\"price\":5,\"tier_prices\":" + tierPrices + "]}";
        Exchange out = send("magento2:products?connection=#shop&operation=create", record, Map.of());

        ApiException e = failure(out);
        assertThat(e.getMessage()).contains("Maximum items of type \"\\Magento\\Catalog\\Api\\Data\\ProductTierPriceInterface\" is 20")
                .doesNotContain("%type").doesNotContain("%max");
    }
}
