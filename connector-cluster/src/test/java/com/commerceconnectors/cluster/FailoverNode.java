package com.commerceconnectors.cluster;

import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One node of the failover test, as its own process: {@code master:} on ZooKeeper's cluster service elects the leader
 * of namespace {@code oro-export}, whose route exports the sandbox's Oro products in pages to a file (one id per line,
 * one write per page, so a SIGKILL loses nothing written) with the watermark in {@link ZooKeeperStateRepository}.
 * A slow downstream is a pause after each page. Prints {@code NODE READY}, and {@code EXPORT COMPLETE} with the run's
 * last page. Exits when its standard input closes.
 * <p>
 * Arguments: node id, ZooKeeper connect string, Oro base URI, output file, pause per page in milliseconds, page size.
 */
public final class FailoverNode {

    static final String NAMESPACE = "oro-export";
    static final String STATE_KEY = "oro-products";
    /** ZooKeeper notices a killed node after its session's timeout; the test's server allows 0.5 to 5 s. */
    static final int SESSION_TIMEOUT_MS = 3_000;

    private FailoverNode() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        String zookeeper = args[1];
        String oroUri = args[2];
        String out = args[3];
        long pause = Long.parseLong(args[4]);
        int pageSize = Integer.parseInt(args[5]);

        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(id);
        cluster.setNodes(zookeeper);
        cluster.setBasePath("/failover/leadership");
        cluster.setSessionTimeout(SESSION_TIMEOUT_MS);
        cluster.setConnectTimeout(5_000);

        ZooKeeperStateRepository watermarks = new ZooKeeperStateRepository(zookeeper);
        watermarks.setBasePath("/failover");
        watermarks.setNamespace(NAMESPACE);
        watermarks.setNodeId(id);
        watermarks.setSessionTimeout(SESSION_TIMEOUT_MS);

        CamelContext context = new DefaultCamelContext();
        context.addService(cluster);
        context.getRegistry().bind("watermarks", watermarks);
        context.getRegistry().bind("oro", new ConnectionLoader().parse("""
                {"name":"oro","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"wsse","username":"%s","apiKey":"%s"}}
                """.formatted(oroUri, OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY), "failover"));
        FileOutputStream file = new FileOutputStream(out, true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":oro:products?connection=#oro&stateRepository=#watermarks"
                        + "&stateKey=" + STATE_KEY + "&pageSize=" + pageSize + "&splitRecords=false&settleTime=0"
                        + "&initialDelay=0&delay=200")
                        .routeId("export")
                        .process(e -> {
                            StringBuilder lines = new StringBuilder();
                            for (Object record : e.getMessage().getBody(List.class)) {
                                lines.append(((Map<?, ?>) record).get("id")).append('\n');
                            }
                            file.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                System.out.println("EXPORT COMPLETE");
                                System.out.flush();
                            }
                            Thread.sleep(pause);
                        });
            }
        });
        context.start();
        System.out.println("NODE READY " + id);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // nothing to read: the test keeps the pipe open while it wants this node
        }
        context.stop();
        file.close();
    }
}
