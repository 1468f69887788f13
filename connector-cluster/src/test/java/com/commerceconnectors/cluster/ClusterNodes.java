package com.commerceconnectors.cluster;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.oro.OroComponent;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;

import java.util.ArrayList;
import java.util.List;

/**
 * Nodes of a cluster as CamelContexts in this JVM — each with its own repository, Curator session and cluster
 * service, as separate processes would have — against one real ZooKeeper and the sandbox's Oro over loopback.
 */
final class ClusterNodes implements AutoCloseable {

    final TestingServer zookeeper;
    final Sandbox sandbox;
    final OroSandbox oro;
    private final List<CamelContext> contexts = new ArrayList<>();

    ClusterNodes() throws Exception {
        zookeeper = ZooKeeperServer.start();
        sandbox = Sandbox.builder().start();
        oro = sandbox.oro();
    }

    /** A stopped context with an oro component, the connection bound as {@code oro}, and the node's repository. */
    CamelContext node(ZooKeeperStateRepository repository, Connection connection) {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("oro", new OroComponent());
        context.getRegistry().bind("oro", connection);
        context.getRegistry().bind("watermarks", repository);
        contexts.add(context);
        return context;
    }

    /** A repository on this ZooKeeper for node {@code id}. */
    ZooKeeperStateRepository repository(String id) {
        ZooKeeperStateRepository repository = new ZooKeeperStateRepository(zookeeper.getConnectString());
        repository.setNodeId(id);
        repository.setSessionTimeout(4_000);
        return repository;
    }

    Connection wsse() {
        return connection("""
                {"name":"oro","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"wsse","username":"%s","apiKey":"%s"}}
                """.formatted(oro.baseUri(), OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY));
    }

    Connection oauth(String clientSecret) {
        return connection("""
                {"name":"oro-oauth","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s"}}
                """.formatted(oro.baseUri(), OroSandbox.BACKOFFICE_CLIENT_ID, clientSecret));
    }

    static Connection connection(String json) {
        return new ConnectionLoader().parse(json, "test");
    }

    @Override
    public void close() throws Exception {
        for (CamelContext context : contexts) {
            context.stop();
        }
        sandbox.close();
        zookeeper.close();
    }
}
