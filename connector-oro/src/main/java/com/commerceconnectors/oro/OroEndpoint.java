package com.commerceconnectors.oro;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.health.OroReadinessChecks;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * OroCommerce, OroCRM and OroPlatform JSON:API: the resource is an entity's plural alias (products, users, orders).
 * Producers list, read, create, update, delete and upsert records, make raw calls and test the connection. The
 * consumer exports the records that changed since its watermark, which advances after each exchange that succeeds;
 * an exchange a dead-letter channel handles (handled=true, its default) counts as success. Each connection in use
 * gets a readiness health check that latches authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "oro", title = "Oro", syntax = "oro:resource",
             category = { Category.SAAS, Category.API }, headersClass = OroConstants.class)
public class OroEndpoint extends ScheduledPollEndpoint {

    /** Oro refuses a larger page[size] (or -1, which turns paging off). */
    static final int MAX_PAGE_SIZE = 100;

    @UriParam
    private OroConfiguration configuration;

    private Connection connection;
    private volatile OroApi api;
    private OroReadinessChecks.Registration readiness;

    public OroEndpoint(String uri, OroComponent component, OroConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public OroComponent getComponent() {
        return (OroComponent) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        resource(); // reject a malformed resource at start-up
        if (configuration.getPageSize() < 1 || configuration.getPageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + " (Oro's maximum page[size])");
        }
        if (configuration.getPageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1");
        }
        connection = ConnectionResolver.resolve(configuration, getComponent().defaultConnection(), configuration.getResource());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        OroApi started = api();
        if (getComponent().isHealthCheckConnectionEnabled()) {
            OroResource probe = resource();
            readiness = OroReadinessChecks.of(getCamelContext()).register(connection, c -> started.testConnection(probe));
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
        return new OroProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        OroConsumer consumer = new OroConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public OroConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(OroConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The resolved connection (after endpoint overrides); available once the endpoint is initialised. */
    public Connection getConnection() {
        return connection;
    }

    OroApi api() {
        OroApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    // the client itself is shared per (CamelContext, connection) by ConnectorClients
                    api = OroApi.create(getCamelContext(), connection, configuration.getSslContextParameters(),
                            getComponent().clientOptions());
                }
                current = api;
            }
        }
        return current;
    }

    OroResource resource() {
        return new OroResource(configuration.getResource() == null ? "" : configuration.getResource().strip(),
                configuration.getKeyAttribute(), configuration.getWatermarkField());
    }
}
