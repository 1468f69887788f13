package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.http.ClientOptions;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollEndpoint;

import java.util.List;

/**
 * The endpoint every connector's scheme extends: it validates the options, resolves the connection from its one
 * source, makes the platform API on the (CamelContext, connection)'s shared client, registers the connection's
 * readiness check while started, and exports with the one {@link ExportConsumer}. A subclass carries the
 * {@code @UriEndpoint} annotation and its typed configuration, and answers the platform's questions below.
 *
 * @param <C> the scheme's configuration
 * @param <A> the platform's API façade
 */
public abstract class ConnectorEndpoint<C extends ConnectorConfiguration, A> extends ScheduledPollEndpoint {

    private Connection connection;
    private volatile A api;
    private AutoCloseable readiness;

    protected ConnectorEndpoint(String uri, ConnectorComponent<C> component) {
        super(uri, component);
    }

    /** The endpoint's options. */
    public abstract C getConfiguration();

    /** Checks the platform's own options at start-up (resource, page numbers …). */
    protected abstract void validateOptions();

    /** Writes the endpoint's inline auth options into a connection document. */
    protected abstract ConnectionResolver.InlineAuth inlineAuth();

    /** The options to name when an endpoint has no connection at all. */
    protected abstract String missingConnectionHint();

    /** The platform's API on the shared client of {@link #getConnection()}. */
    protected abstract A createApi(ClientOptions options);

    /** Registers the connection's readiness check; the result is closed when the endpoint stops. */
    protected abstract AutoCloseable registerReadiness(A api);

    /** The export one poll runs; building it checks the filter, fields and since options. */
    public abstract Export<?> newExport();

    /**
     * What scopes a default state key between the connection name and the filter (store code, API path, resource):
     * the key must stay as it was, or existing state files lose their watermarks.
     */
    protected abstract List<String> stateKeyParts();

    /** Endpoint overrides a platform applies to the resolved connection (e.g. Oro's API path). */
    protected Connection withPlatformOverrides(Connection resolved) {
        return resolved;
    }

    /** Called once the API is made at start, e.g. to register a token for revocation. */
    protected void onStart(A api) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public ConnectorComponent<C> getComponent() {
        return (ConnectorComponent<C>) super.getComponent();
    }

    public ConnectorDescriptor descriptor() {
        return getComponent().descriptor();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        C config = getConfiguration();
        ConnectorDescriptor d = descriptor();
        if (config.getPageSize() < 1 || config.getPageSize() > d.maxPageSize()) {
            throw new IllegalArgumentException("pageSize=" + config.getPageSize() + " on " + d.scheme() + ":"
                    + config.getResource() + " is out of range: use 1 to " + d.maxPageSize() + " ("
                    + d.pageSizeLimitReason() + ")");
        }
        if (config.getMaxRecords() < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1");
        }
        validateOptions();
        connection = withPlatformOverrides(ConnectionResolver.resolve(config, getComponent().defaultConnection(),
                d.scheme(), missingConnectionHint(), inlineAuth()));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        A started = api();
        onStart(started);
        if (getComponent().isHealthCheckConnectionEnabled()) {
            readiness = registerReadiness(started);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (readiness != null) {
            readiness.close();
            readiness = null;
        }
        super.doStop();
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ExportConsumer consumer = new ExportConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The resolved connection (after endpoint overrides); available once the endpoint is initialised. */
    public Connection getConnection() {
        return connection;
    }

    /** The platform API; made on first use (a producer may be used before the endpoint started). */
    public A api() {
        A current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    // the client behind it is shared per (CamelContext, connection) by ConnectorClients
                    api = createApi(getComponent().clientOptions());
                }
                current = api;
            }
        }
        return current;
    }

    /** The export's default watermark key: scheme, connection name, the platform's scope parts, and the filter. */
    String defaultStateKey() {
        StringBuilder key = new StringBuilder(descriptor().scheme()).append(':').append(connection.name());
        for (String part : stateKeyParts()) {
            key.append(':').append(part);
        }
        String filter = getConfiguration().getFilter();
        if (filter != null) {
            key.append(':').append(Integer.toHexString(filter.hashCode()));
        }
        return key.toString();
    }
}
