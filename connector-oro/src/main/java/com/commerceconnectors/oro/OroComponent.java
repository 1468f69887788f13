package com.commerceconnectors.oro;

import com.commerceconnectors.core.camel.ConnectorComponent;
import com.commerceconnectors.core.camel.ConnectorDescriptor;
import com.commerceconnectors.core.http.RetryPolicy;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code oro:} component: OroCommerce, OroCRM and OroPlatform JSON:API. */
@Component("oro")
public class OroComponent extends ConnectorComponent<OroConfiguration> {

    static final ConnectorDescriptor DESCRIPTOR = new OroDescriptor();

    @Metadata(label = "advanced", defaultValue = "4", description = "How many times a request is tried in all when Oro"
            + " is rate limiting (429), unavailable (503) or drops the connection, waiting as Retry-After asks (writes"
            + " only when provably not processed). Every attempt is authorized afresh: a new WSSE nonce each time.")
    private int retryMaxAttempts = 4;

    public OroComponent() {
        super(new OroConfiguration());
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected RetryPolicy retryPolicy() {
        return RetryPolicy.DEFAULT.withMaxAttempts(retryMaxAttempts);
    }

    @Override
    protected Endpoint newEndpoint(String uri, OroConfiguration configuration) {
        return new OroEndpoint(uri, this, configuration);
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = checkedAttempts(retryMaxAttempts);
    }
}
