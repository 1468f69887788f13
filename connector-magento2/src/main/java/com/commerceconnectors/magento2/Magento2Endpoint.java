package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.health.Magento2ReadinessChecks;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Magento 2 / Adobe Commerce REST. Producers read, search, create, update, delete and upsert records, run async
 * bulk imports, test the connection and make raw calls. The consumer exports the records that changed since its
 * watermark, which advances after each exchange that succeeds; an exchange a dead-letter channel handles
 * (handled=true, its default) counts as success. Each connection in use gets a readiness health check that latches
 * authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "magento2", title = "Magento 2", syntax = "magento2:resource",
             category = { Category.SAAS, Category.API }, headersClass = Magento2Constants.class)
public class Magento2Endpoint extends ScheduledPollEndpoint {

    @UriParam
    private Magento2Configuration configuration;

    private Connection connection;
    private volatile MagentoApi api;
    private Magento2ReadinessChecks.Registration readiness;

    public Magento2Endpoint(String uri, Magento2Component component, Magento2Configuration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Magento2Component getComponent() {
        return (Magento2Component) super.getComponent();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        MagentoResource.of(configuration.getResource()); // reject a blank resource at start-up
        if (configuration.getPageSize() < 1 || configuration.getPageSize() > 10000) {
            throw new IllegalArgumentException("pageSize must be between 1 and 10000 (Magento caps it at 300 when its input limits are on)");
        }
        connection = ConnectionResolver.resolve(configuration, getComponent().defaultConnection(), configuration.getResource());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        api = MagentoApi.create(getCamelContext(), connection, configuration.getStoreCode(), configuration.getSslContextParameters(),
                getComponent().clientOptions());
        if (getComponent().isHealthCheckConnectionEnabled()) {
            MagentoApi tested = api;
            readiness = Magento2ReadinessChecks.of(getCamelContext()).register(connection, c -> tested.testConnection());
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
        return new Magento2Producer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Magento2Consumer consumer = new Magento2Consumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public Magento2Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Magento2Configuration configuration) {
        this.configuration = configuration;
    }

    /** The resolved connection (after endpoint overrides); available once the endpoint is initialised. */
    public Connection getConnection() {
        return connection;
    }

    MagentoApi api() {
        MagentoApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    // a producer used before the endpoint started; the client itself is shared per connection anyway
                    api = MagentoApi.create(getCamelContext(), connection, configuration.getStoreCode(),
                            configuration.getSslContextParameters(), getComponent().clientOptions());
                }
                current = api;
            }
        }
        return current;
    }

    MagentoResource resource() {
        return MagentoResource.of(configuration.getResource())
                .withKeysetFields(configuration.getIdField(), configuration.getIdJsonField(), configuration.getUpdatedField());
    }
}
