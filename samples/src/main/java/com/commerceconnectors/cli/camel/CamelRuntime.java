package com.commerceconnectors.cli.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectorType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The CamelContext of one command run: the connection bound in the registry as {@value #CONNECTION_BEAN} (so
 * endpoints say {@code connection=#conn} and no credential ever appears in an endpoint URI), the connector's component
 * checked before anything is sent, and a short shutdown so a failed run ends promptly.
 */
public final class CamelRuntime implements AutoCloseable {

    /** The registry name of the run's connection. */
    public static final String CONNECTION_BEAN = "conn";

    /** How long stopping may wait for an exchange still in flight (e.g. an HTTP call being retried). */
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final DefaultCamelContext context;
    private final Connection connection;

    private CamelRuntime(DefaultCamelContext context, Connection connection) {
        this.context = context;
        this.connection = connection;
    }

    /**
     * A runtime for {@code connection}, not started yet.
     *
     * @throws UnsupportedConnectorException when this build has no Camel component for the connection's connector
     */
    public static CamelRuntime open(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("connectors");
        context.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
        context.getShutdownStrategy().setShutdownNowOnTimeout(true);
        context.getShutdownStrategy().setLogInflightExchangesOnTimeout(false);
        CamelRuntime camel = new CamelRuntime(context, connection);
        try {
            camel.requireComponent();
        } catch (RuntimeException e) {
            context.stop();
            throw e;
        }
        context.getRegistry().bind(CONNECTION_BEAN, connection);
        return camel;
    }

    private void requireComponent() {
        if (!hasComponent(connection.connector())) {
            List<ConnectorType> available = Arrays.stream(ConnectorType.values()).filter(this::hasComponent).toList();
            throw new UnsupportedConnectorException(connection.connector(), available);
        }
    }

    private boolean hasComponent(ConnectorType connector) {
        // resolves the component from the class path (META-INF/services/org/apache/camel/component/<scheme>)
        return context.getComponent(connector.id()) != null;
    }

    /** The connector's scheme, e.g. {@code magento2}. */
    public String scheme() {
        return connection.connector().id();
    }

    public Connection connection() {
        return connection;
    }

    public CamelContext context() {
        return context;
    }

    /** Puts a bean in the registry, for {@code #name} references in endpoint URIs. */
    public CamelRuntime bind(String name, Object bean) {
        context.getRegistry().bind(name, bean);
        return this;
    }

    public CamelRuntime addRoutes(RoutesBuilder routes) throws Exception {
        context.addRoutes(routes);
        return this;
    }

    public CamelRuntime start() {
        context.start();
        return this;
    }

    /** A producer template of this context; closed with the runtime. */
    public ProducerTemplate template() {
        return context.createProducerTemplate();
    }

    /** Stops routes, consumers and the connection's HTTP pool. */
    @Override
    public void close() {
        context.stop();
    }

    @Override
    public String toString() {
        return "CamelRuntime[" + connection + "]";
    }
}
