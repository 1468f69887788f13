package com.commerceconnectors.cluster;

import com.commerceconnectors.core.testing.Await;
import com.commerceconnectors.core.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split brain: two nodes both believe they lead (the ZooKeeper view of Camel 4.18.0 can leave an isolated leader
 * believing so). The node that polled last owns the watermark; the deposed node's write is refused, its poll ends with
 * one log line, and the watermark does not go back.
 */
class DeposedLeaderTest {

    private static final String NAMESPACE = "oro-export";
    private static final int PRODUCTS = 40;
    private static final int PAGE = 10;

    private ClusterNodes cluster;
    private LogCapture logs;

    @BeforeEach
    void setUp() throws Exception {
        cluster = new ClusterNodes();
        cluster.oro.seedProducts(PRODUCTS);
        logs = LogCapture.everythingAtTrace();
    }

    @AfterEach
    void tearDown() throws Exception {
        logs.close();
        cluster.close();
    }

    private CamelContext leader(String id, List<String> delivered, CountDownLatch complete, IntConsumer onRecord)
            throws Exception {
        SwitchableClusterService service = new SwitchableClusterService(id);
        ZooKeeperStateRepository repository = cluster.repository(id);
        repository.setNamespace(NAMESPACE);
        repository.setClusterService(service);
        CamelContext context = cluster.node(repository, cluster.wsse());
        context.addService(service);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("oro:products?connection=#oro&stateRepository=#watermarks&stateKey=products&pageSize=" + PAGE
                        + "&settleTime=0&initialDelay=0&delay=600000")
                        .routePolicy(ClusteredRoutePolicy.forNamespace(service, NAMESPACE))
                        .process(e -> {
                            delivered.add((String) e.getMessage().getBody(Map.class).get("id"));
                            onRecord.accept(delivered.size());
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                complete.countDown();
                            }
                        });
            }
        });
        service.lead();
        context.start();
        return context;
    }

    @Test
    void theDeposedLeadersWriteIsRefusedAndTheWatermarkStaysWhereTheNewLeaderLeftIt() throws Exception {
        List<String> byA = new CopyOnWriteArrayList<>();
        List<String> byB = new CopyOnWriteArrayList<>();
        CountDownLatch bComplete = new CountDownLatch(1);
        CamelContext a = leader("node-a", byA, new CountDownLatch(1), n -> {
            if (n == 15) {
                // mid-page 2 a new leader comes up, polls (claiming the watermark) and exports everything
                try {
                    leader("node-b", byB, bComplete, m -> { });
                    assertThat(bComplete.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        });
        Await.until("node a's poll ends", () -> logs.lines().stream()
                .anyMatch(l -> l.text().startsWith("Ending this poll") && l.text().contains("products")));

        ZooKeeperStateRepository reader = cluster.repository("reader");
        reader.start();
        assertThat(reader.getState("products")).as("where node b left it, not back at node a's page")
                .endsWith("|" + PRODUCTS);
        // node a believed it led, so it finished the page it was in: records 1 to the end of that page
        assertThat(byA).hasSizeGreaterThan(15).containsExactlyElementsOf(ids(1, byA.size()));
        // node b started where node a's last accepted write (its first page) left the watermark
        assertThat(byB).containsExactlyElementsOf(ids(11, PRODUCTS));
        Set<String> all = new HashSet<>(byA);
        all.addAll(byB);
        assertThat(all).as("nothing lost").containsExactlyInAnyOrderElementsOf(ids(1, PRODUCTS));
        assertThat(byA.size() + byB.size() - all.size()).as("duplicates: the page in flight").isPositive()
                .isLessThanOrEqualTo(PAGE);

        List<LogCapture.Line> refused = logs.lines().stream()
                .filter(l -> l.logger().endsWith("ExportConsumer") && l.level().equals("WARN")).toList();
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).text()).contains("the watermark 'products' was not written: another node has claimed"
                + " or written it since this node did").doesNotContain("\n");
        reader.stop();
        a.stop();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }
}
