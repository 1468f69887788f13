package com.commerceconnectors.samples;

import com.commerceconnectors.cluster.ZooKeeperStateRepository;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster sample's node: Camel Main with samples/cluster/node.properties starts the ZooKeeper cluster service,
 * leads the namespace alone, and exports through master: with the watermark fenced in ZooKeeper.
 */
class ClusterSampleTest {

    private static final int PRODUCTS = 250;

    @TempDir
    Path dir;

    @Test
    void aNodeOfTheSampleLeadsAndExportsWithItsWatermarkInZooKeeper() throws Exception {
        try (TestingServer zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 500, -1), true);
             Sandbox sandbox = Sandbox.builder().start()) {
            sandbox.oro().seedProducts(PRODUCTS);
            // the shipped document, with the environment run-cluster.sh gives it, written out resolved
            Map<String, String> environment = Map.of("ORO_BASE_URI", sandbox.oroUri().toString(),
                    "ORO_USER", OroSandbox.ADMIN_USERNAME, "ORO_API_KEY", OroSandbox.ADMIN_API_KEY);
            Connection shipped = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(environment::get))
                    .load(Path.of("cluster", "oro.yaml"));
            assertThat(shipped.baseUri()).isEqualTo(sandbox.oroUri());
            Path document = dir.resolve("oro.yaml");
            Files.writeString(document, """
                    name: oro
                    connector: oro
                    baseUri: %s
                    apiPath: %s
                    auth: {type: wsse, username: %s, apiKey: %s}
                    """.formatted(shipped.baseUri(), shipped.apiPath(), OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY));
            Main main = new Main();
            main.setDefaultPropertyPlaceholderLocation("file:cluster/node.properties");
            main.addOverrideProperty("node.id", "node-7");
            main.addOverrideProperty("zookeeper.nodes", zookeeper.getConnectString());
            main.addOverrideProperty("exportDir", dir.toString());
            main.addOverrideProperty("oro.connection", "file:" + document);
            main.addOverrideProperty("camel.main.routes-include-pattern", "file:cluster/oro-product-export.camel.yaml");
            main.configure().withDurationMaxMessages(PRODUCTS);
            AtomicReference<ZooKeeperStateRepository> repository = new AtomicReference<>();
            AtomicReference<String> leader = new AtomicReference<>();
            AtomicReference<String> watermark = new AtomicReference<>();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport support) {
                    repository.set(support.getCamelContext().getRegistry()
                            .lookupByNameAndType("watermarks", ZooKeeperStateRepository.class));
                    // the leader as the view reports it while the node runs: asked only at the stop, a busy machine
                    // can show the moment leadership is handed back, when ZooKeeper names nobody
                    CamelClusterService service = support.getCamelContext().hasService(CamelClusterService.class);
                    Thread watcher = new Thread(() -> watchLeader(service, leader), "leader-watch");
                    watcher.setDaemon(true);
                    watcher.start();
                }

                @Override
                public void beforeStop(BaseMainSupport support) {
                    watermark.set(repository.get().getState("oro-products"));
                }
            });
            main.run();

            assertThat(repository.get().getNamespace()).isEqualTo("oro-export");
            assertThat(leader.get()).isEqualTo("node-7");
            assertThat(Files.readAllLines(dir.resolve("node-7").resolve("oro-products.ndjson")))
                    .hasSize(PRODUCTS).allSatisfy(line -> assertThat(line).startsWith("{\"type\":\"products\""));
            assertThat(watermark.get()).endsWith("|" + PRODUCTS);
        }
    }

    /** Records the first leader the view names, asking every few milliseconds for up to a minute. */
    private static void watchLeader(CamelClusterService service, AtomicReference<String> leader) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        try {
            while (leader.get() == null && System.nanoTime() < deadline) {
                service.getView("oro-export").getLeader().map(m -> m.getId()).filter(id -> !id.isEmpty())
                        .ifPresent(id -> leader.compareAndSet(null, id));
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            leader.compareAndSet(null, "the cluster view failed: " + e);
        }
    }
}
