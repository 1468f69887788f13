package com.commerceconnectors.cluster;

import com.commerceconnectors.core.camel.StateWriteRefusedException;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes' repositories on one real ZooKeeper: every write is conditional on the version the writer last claimed or
 * wrote, so the node that polled last owns the watermark and the other's writes are refused.
 */
class WatermarkFencingTest {

    private static final String KEY = "oro:shop:/admin/api:products";

    private TestingServer zookeeper;
    private final List<ZooKeeperStateRepository> repositories = new ArrayList<>();

    @BeforeEach
    void startZooKeeper() throws Exception {
        zookeeper = ZooKeeperServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        repositories.forEach(ZooKeeperStateRepository::stop);
        zookeeper.close();
    }

    private ZooKeeperStateRepository node(String id) {
        ZooKeeperStateRepository repository = new ZooKeeperStateRepository(zookeeper.getConnectString());
        repository.setNodeId(id);
        repository.setBasePath("/fencing");
        repositories.add(repository);
        repository.start();
        return repository;
    }

    @Test
    void aDeposedWritersWriteIsRefusedAndTheWatermarkKeepsTheNewWritersValue() {
        ZooKeeperStateRepository a = node("a");
        ZooKeeperStateRepository b = node("b");
        assertThat(a.beforePoll(KEY)).isEmpty();
        assertThat(a.getState(KEY)).isEmpty();
        a.setState(KEY, "2024-03-01T10:10:00Z|3");

        // b takes over: its poll claims the key, reads a's watermark and moves it on
        assertThat(b.beforePoll(KEY)).isEmpty();
        assertThat(b.getState(KEY)).isEqualTo("2024-03-01T10:10:00Z|3");
        b.setState(KEY, "2024-03-01T10:30:00Z|9");

        // a, still mid-page, can move the watermark neither back nor forward
        assertThatThrownBy(() -> a.setState(KEY, "2024-03-01T10:20:00Z|6"))
                .isInstanceOf(StateWriteRefusedException.class)
                .hasMessageContaining("the watermark '" + KEY + "' was not written: another node has claimed or written it");
        assertThatThrownBy(() -> a.setState(KEY, "2024-03-01T11:00:00Z|99"))
                .isInstanceOf(StateWriteRefusedException.class);
        assertThat(a.getState(KEY)).isEqualTo("2024-03-01T10:30:00Z|9");

        // b goes on undisturbed
        b.setState(KEY, "2024-03-01T10:40:00Z|12");
        assertThat(b.getState(KEY)).isEqualTo("2024-03-01T10:40:00Z|12");
    }

    @Test
    void aClaimMadeAfterTheOtherNodesOwnFencesThatNode() {
        ZooKeeperStateRepository a = node("a");
        ZooKeeperStateRepository b = node("b");
        a.beforePoll(KEY);
        a.setState(KEY, "w1");
        b.beforePoll(KEY);
        // a polls again after b claimed: now a owns the key and b's write is the refused one
        a.beforePoll(KEY);
        a.setState(KEY, "w2");

        assertThatThrownBy(() -> b.setState(KEY, "w1-from-b")).isInstanceOf(StateWriteRefusedException.class);
        assertThat(b.getState(KEY)).isEqualTo("w2");
    }

    @Test
    void readsDoNotFenceAndAPollThatFindsItsOwnVersionWritesNothing() {
        ZooKeeperStateRepository a = node("a");
        ZooKeeperStateRepository b = node("b");
        a.beforePoll(KEY);
        a.setState(KEY, "w1");
        Integer held = a.heldVersion(KEY);

        assertThat(b.getState(KEY)).isEqualTo("w1"); // a health check or an operator reading
        a.beforePoll(KEY);
        assertThat(a.heldVersion(KEY)).as("nobody wrote since a did: no claim write").isEqualTo(held);
        a.setState(KEY, "w2");
        assertThat(b.getState(KEY)).isEqualTo("w2");
    }

    @Test
    void aWriteWithoutAPollClaimsFirstSoItIsConditionalOnTheVersionItRead() {
        ZooKeeperStateRepository a = node("a");
        ZooKeeperStateRepository b = node("b");
        a.setState(KEY, "w1"); // e.g. resetWatermark when the route starts
        b.setState(KEY, "w2");

        assertThatThrownBy(() -> a.setState(KEY, "w3")).isInstanceOf(StateWriteRefusedException.class);
        assertThat(a.getState(KEY)).isEqualTo("w2");
    }

    @Test
    void keysThatDifferOnlyInPunctuationAreDifferentZnodes() {
        ZooKeeperStateRepository a = node("a");
        a.setState("oro:shop:products", "one");
        a.setState("oro:shop/products", "two");
        a.setState("oro:shop%3Aproducts", "three");
        a.setState("..", "four");

        assertThat(a.getState("oro:shop:products")).isEqualTo("one");
        assertThat(a.getState("oro:shop/products")).isEqualTo("two");
        assertThat(a.getState("oro:shop%3Aproducts")).isEqualTo("three");
        assertThat(a.getState("..")).isEqualTo("four");
        assertThat(a.getState("never-written")).isNull();
    }

    @Test
    void aRepositoryCutOffFromZooKeeperStopsItsExportBeforeTheNextExchange() throws Exception {
        ZooKeeperStateRepository a = node("a");
        assertThat(a.beforeExchange(KEY)).isEmpty();

        zookeeper.stop();

        com.commerceconnectors.core.testing.Await.until("the client notices", () -> a.beforeExchange(KEY).isPresent());
        assertThat(a.beforeExchange(KEY)).hasValueSatisfying(reason -> assertThat(reason).contains("cut off from ZooKeeper"));
        zookeeper.restart();
    }
}
