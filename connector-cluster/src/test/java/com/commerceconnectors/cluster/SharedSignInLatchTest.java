package com.commerceconnectors.cluster;

import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.oro.OroComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes with a wrong client secret, calling at once: one refused sign-in across all of them, then one trial per
 * back-off, and an operator's reset on one node lets exactly one node try again.
 */
class SharedSignInLatchTest {

    private static final String WRONG_SECRET = "not-the-backoffice-secret-3";
    private static final int NODES = 3;
    private static final int CALLS_PER_NODE = 4;

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final List<CamelContext> nodes = new ArrayList<>();
    private final List<ProducerTemplate> templates = new ArrayList<>();
    private ClusterNodes cluster;
    private ExecutorService callers;

    @BeforeEach
    void setUp() throws Exception {
        cluster = new ClusterNodes();
        cluster.oro.seedProducts(3);
        callers = Executors.newFixedThreadPool(NODES * CALLS_PER_NODE);
        for (int i = 1; i <= NODES; i++) {
            ZooKeeperStateRepository repository = cluster.repository("node-" + i);
            repository.setClock(clock);
            CamelContext context = cluster.node(repository, cluster.oauth(WRONG_SECRET));
            ((OroComponent) context.getComponent("oro")).setClock(clock);
            context.start();
            nodes.add(context);
            templates.add(context.createProducerTemplate());
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        callers.shutdownNow();
        cluster.close();
    }

    /** Every node calls {@code calls} times at once; answers each call's failure. */
    private List<ApiException> everyNodeCalls(int calls) throws Exception {
        List<Callable<Exchange>> work = new ArrayList<>();
        for (ProducerTemplate template : templates) {
            for (int i = 0; i < calls; i++) {
                work.add(() -> template.request("oro:products?connection=#oro", e -> { }));
            }
        }
        List<ApiException> failures = new ArrayList<>();
        for (Future<Exchange> f : callers.invokeAll(work)) {
            failures.add(failure(f.get()));
        }
        return failures;
    }

    private static ApiException failure(Exchange e) {
        assertThat(e.getException()).isInstanceOf(ApiException.class);
        return (ApiException) e.getException();
    }

    @Test
    void threeNodesWithAWrongSecretMakeOneSignInPerBackoff() throws Exception {
        List<ApiException> first = everyNodeCalls(CALLS_PER_NODE);

        assertThat(first).hasSize(NODES * CALLS_PER_NODE)
                .allSatisfy(e -> assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION));
        assertThat(cluster.oro.tokenRequests()).as("one refused sign-in for the three nodes").isEqualTo(1);
        assertThat(first).filteredOn(e -> e.getMessage().contains("Latched since 2026-05-04T10:00:00Z"))
                .as("the other nodes' calls failed at once with the latch (the refused node's own callers shared its"
                        + " sign-in's answer)").hasSizeGreaterThanOrEqualTo((NODES - 1) * CALLS_PER_NODE);
        assertThat(first).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain(WRONG_SECRET));

        clock.advance(Duration.ofMinutes(10));
        everyNodeCalls(1);
        assertThat(cluster.oro.tokenRequests()).as("within the back-off").isEqualTo(1);

        clock.advance(Duration.ofMinutes(21));
        everyNodeCalls(CALLS_PER_NODE);
        assertThat(cluster.oro.tokenRequests()).as("one trial after the back-off, for every node").isEqualTo(2);

        assertThat(ConnectorClients.of(nodes.get(1)).resetAuthLatch("oro-oauth")).isEqualTo(1);
        failure(templates.get(2).request("oro:products?connection=#oro", e -> { }));
        assertThat(cluster.oro.tokenRequests()).as("the reset on node 2 let node 3 try").isEqualTo(3);
        everyNodeCalls(1);
        assertThat(cluster.oro.tokenRequests()).as("latched again, for every node").isEqualTo(3);
    }

    @Test
    void nodesWithTheRightSecretEachSignInOnceTurnByTurn() throws Exception {
        for (CamelContext node : nodes) {
            node.getRegistry().bind("good", cluster.oauth(com.commerceconnectors.sandbox.oro.OroSandbox.BACKOFFICE_CLIENT_SECRET));
        }
        List<Callable<Exchange>> work = new ArrayList<>();
        for (ProducerTemplate template : templates) {
            for (int i = 0; i < CALLS_PER_NODE; i++) {
                work.add(() -> template.request("oro:products?connection=#good", e -> { }));
            }
        }
        for (Future<Exchange> f : callers.invokeAll(work)) {
            assertThat(f.get().getException()).isNull();
        }
        assertThat(cluster.oro.tokenRequests()).as("each node keeps its own token").isEqualTo(NODES);
    }
}
