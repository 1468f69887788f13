package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectorComponent;
import com.commerceconnectors.core.camel.ConnectorDescriptor;
import com.commerceconnectors.core.http.RetryPolicy;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code magento2:} component: Magento 2 / Adobe Commerce REST. */
@Component("magento2")
public class Magento2Component extends ConnectorComponent<Magento2Configuration> {

    @Metadata(label = "advanced", defaultValue = "4", description = "How many times a request is tried in all when Magento"
            + " is rate limiting, unavailable or drops the connection (writes only when provably not processed).")
    private int retryMaxAttempts = 4;

    public Magento2Component() {
        super(new Magento2Configuration());
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return Magento2Descriptor.INSTANCE;
    }

    @Override
    protected RetryPolicy retryPolicy() {
        return RetryPolicy.DEFAULT.withMaxAttempts(retryMaxAttempts);
    }

    @Override
    protected Endpoint newEndpoint(String uri, Magento2Configuration configuration) {
        return new Magento2Endpoint(uri, this, configuration);
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = checkedAttempts(retryMaxAttempts);
    }
}
