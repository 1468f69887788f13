package com.commerceconnectors.cluster;

import com.commerceconnectors.core.testing.Await;
import com.commerceconnectors.core.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.master.MasterComponent;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leadership lost mid-page, the way Camel 4.18.0 loses it without stopping the route: the export guard stops the
 * consumer before its next exchange, the deposed node's last write is refused, and the new leader goes on from the
 * shared watermark — nothing lost, duplicates within the page in flight.
 */
class LeadershipGuardTest {

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

    private record Node(CamelContext context, SwitchableClusterService service, ZooKeeperStateRepository repository,
                        List<String> delivered, AtomicBoolean complete) {
    }

    /** A node whose route runs under a ClusteredRoutePolicy; {@code onRecord} sees each record's ordinal. */
    private Node policyNode(String id, java.util.function.IntConsumer onRecord) throws Exception {
        SwitchableClusterService service = new SwitchableClusterService(id);
        ZooKeeperStateRepository repository = cluster.repository(id);
        repository.setNamespace(NAMESPACE);
        repository.setClusterService(service);
        CamelContext context = cluster.node(repository, cluster.wsse());
        context.addService(service);
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicBoolean complete = new AtomicBoolean();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("oro:products?connection=#oro&stateRepository=#watermarks&stateKey=products&pageSize=" + PAGE
                        + "&settleTime=0&delay=50")
                        .routeId("export")
                        .routePolicy(ClusteredRoutePolicy.forNamespace(service, NAMESPACE))
                        .process(e -> {
                            delivered.add((String) e.getMessage().getBody(Map.class).get("id"));
                            onRecord.accept(delivered.size());
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                complete.set(true);
                            }
                        });
            }
        });
        context.start();
        return new Node(context, service, repository, delivered, complete);
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    @Test
    void aLeaderThatLosesItsLeadershipWithoutAnEventStopsBeforeItsNextExchangeAndTheNextLeaderResumes() throws Exception {
        SwitchableClusterService[] aService = new SwitchableClusterService[1];
        Node a = policyNode("node-a", n -> {
            if (n == 15) {
                aService[0].loseSilently(); // mid-page 2: CAMEL-24457, the policy is not told
            }
        });
        aService[0] = a.service();
        a.service().lead();
        Await.until("node a has lost its leadership mid-page", () -> logs.lines().stream()
                .anyMatch(l -> l.text().startsWith("Ending this poll of")));

        assertThat(a.delivered()).as("stopped before its next exchange").containsExactlyElementsOf(ids(1, 15));
        assertThat(a.context().getRouteController().getRouteStatus("export"))
                .as("the route policy never heard of the loss").isEqualTo(ServiceStatus.Started);
        assertThat(a.repository().getState("products")).as("the deposed leader's last write was refused")
                .endsWith("|10");

        Node b = policyNode("node-b", n -> { });
        b.service().lead();
        Await.until("node b completes the export", () -> b.complete().get());

        assertThat(b.delivered()).containsExactlyElementsOf(ids(11, PRODUCTS));
        Set<String> all = new HashSet<>(a.delivered());
        all.addAll(b.delivered());
        assertThat(all).as("nothing lost").containsExactlyInAnyOrderElementsOf(ids(1, PRODUCTS));
        int duplicates = a.delivered().size() + b.delivered().size() - all.size();
        assertThat(duplicates).as("duplicates: what was in flight, at most one page").isEqualTo(5).isLessThanOrEqualTo(PAGE);
        assertThat(a.delivered()).as("the deposed node polls no more").hasSize(15);
        // the watermark is written once the page's last exchange is done, just after the route saw it
        Await.until("node b stored its last watermark", () -> String.valueOf(b.repository().getState("products"))
                .endsWith("|" + PRODUCTS));

        List<String> aLines = logs.lines().stream()
                .filter(l -> l.logger().endsWith("ExportConsumer") && l.text().contains("node-a"))
                .filter(l -> !l.level().equals("DEBUG") && !l.level().equals("TRACE"))
                .map(LogCapture.Line::text).toList();
        assertThat(aLines).filteredOn(t -> t.startsWith("Stopping this poll")).hasSize(1).first().asString()
                .contains("this node (node-a) does not lead namespace 'oro-export'");
        assertThat(aLines).filteredOn(t -> t.startsWith("Ending this poll")).hasSize(1).first().asString()
                .contains("the watermark 'products' was not written: this node (node-a) does not lead");
        assertThat(aLines).as("a refusal repeated every poll is logged once")
                .filteredOn(t -> t.startsWith("Not polling")).hasSize(1);
    }

    @Test
    void aMasterConsumerStartedAfterItsLeadershipWasLostExportsNothing() throws Exception {
        // CAMEL-24583 (Camel 4.18.0): master: starts its consumer a second after leadership is taken, and a loss
        // within that second is dropped, so the consumer starts on a node that does not lead
        SwitchableClusterService service = new SwitchableClusterService("node-m");
        ZooKeeperStateRepository repository = cluster.repository("node-m");
        repository.setNamespace(NAMESPACE);
        repository.setClusterService(service);
        CamelContext context = cluster.node(repository, cluster.wsse());
        context.addService(service);
        MasterComponent master = new MasterComponent();
        master.setService(service);
        context.addComponent("master", master);
        List<Object> delivered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":oro:products?connection=#oro&stateRepository=#watermarks"
                        + "&stateKey=products&settleTime=0&delay=50")
                        .process(e -> delivered.add(e.getMessage().getBody()));
            }
        });
        context.start();
        service.lead();
        service.lose();

        Await.until("the consumer master: should not have started has polled", () -> logs.lines().stream()
                .anyMatch(l -> l.text().startsWith("Not polling") && l.text().contains("node-m")));
        assertThat(delivered).isEmpty();
        assertThat(repository.getState("products")).isNull();
    }
}
