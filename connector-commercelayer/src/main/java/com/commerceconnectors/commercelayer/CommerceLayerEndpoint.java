package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.api.CommerceLayerApi;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.commercelayer.auth.RevokeOnShutdown;
import com.commerceconnectors.commercelayer.health.CommerceLayerReadinessChecks;
import com.commerceconnectors.connection.Connection;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Commerce Layer's JSON:API: skus, orders, customers, prices, stock_items or any other resource. Producers list, read,
 * create, update, delete and upsert records, make raw calls, test the connection and revoke its token. The consumer
 * exports the records that changed since its watermark with keyset paging on (updated_at, id), advancing the
 * watermark after each exchange that succeeds; an exchange a dead-letter channel handles (handled=true, its default)
 * counts as success. Each connection in use gets a readiness health check that latches authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "commercelayer", title = "Commerce Layer", syntax = "commercelayer:resource",
             category = { Category.SAAS, Category.API }, headersClass = CommerceLayerConstants.class)
public class CommerceLayerEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private CommerceLayerConfiguration configuration;

    private Connection connection;
    private ResourcePath resource;
    private volatile CommerceLayerApi api;
    private AutoCloseable readiness;

    public CommerceLayerEndpoint(String uri, CommerceLayerComponent component, CommerceLayerConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CommerceLayerComponent getComponent() {
        return (CommerceLayerComponent) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        resource = ResourcePath.of(configuration.getResource());
        int size = configuration.getPageSize();
        if (size < 1 || size > CommerceLayerConfiguration.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize=" + size + " on commercelayer:" + configuration.getResource()
                    + " is out of range: Commerce Layer answers pages of 1 to " + CommerceLayerConfiguration.MAX_PAGE_SIZE
                    + " records (and refuses larger ones with 400); use pageSize=25 for the fewest requests");
        }
        if (configuration.getPageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1");
        }
        if (configuration.getMaxRecords() < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1");
        }
        connection = ConnectionResolver.resolve(configuration, getComponent().defaultConnection(), configuration.getResource());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CommerceLayerApi started = api();
        if (getComponent().isRevokeOnShutdown() && "oauth2".equals(connection.auth().type())) {
            RevokeOnShutdown revocations = RevokeOnShutdown.of(getCamelContext());
            started.oauth2().ifPresent(revocations::add);
        }
        if (getComponent().isHealthCheckConnectionEnabled()) {
            readiness = CommerceLayerReadinessChecks.of(getCamelContext()).register(connection, c -> started.testConnection());
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
    public Producer createProducer() throws Exception {
        return new CommerceLayerProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        CommerceLayerConsumer consumer = new CommerceLayerConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public CommerceLayerConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CommerceLayerConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The resolved connection; available once the endpoint is initialised. */
    public Connection getConnection() {
        return connection;
    }

    ResourcePath resource() {
        return resource;
    }

    CommerceLayerApi api() {
        CommerceLayerApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    // the client itself is shared per (CamelContext, connection): one token cache for every endpoint
                    api = CommerceLayerApi.create(getCamelContext(), connection, configuration.getSslContextParameters(),
                            getComponent().clientOptions());
                }
                current = api;
            }
        }
        return current;
    }
}
