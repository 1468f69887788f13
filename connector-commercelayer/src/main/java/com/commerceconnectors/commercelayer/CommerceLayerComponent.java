package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.camel.ConnectorComponent;
import com.commerceconnectors.core.camel.ConnectorDescriptor;
import com.commerceconnectors.core.http.RetryPolicy;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

import java.time.Duration;

/** The {@code commercelayer:} component: Commerce Layer's JSON:API, with its OAuth2 grants. */
@Component("commercelayer")
public class CommerceLayerComponent extends ConnectorComponent<CommerceLayerConfiguration> {

    static final ConnectorDescriptor DESCRIPTOR = new CommerceLayerDescriptor();

    /**
     * Commerce Layer's burst limits are sliding windows of 10 s with no reset time: back-off starts at up to 1 s (not
     * core's 0.5 s) so the default attempts wait long enough, in sum, for a window to move on.
     */
    static final RetryPolicy RETRIES = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMinutes(2));

    @Metadata(label = "advanced", defaultValue = "6", description = "How many times a request is tried in all when"
            + " Commerce Layer is rate limiting (429: its per-IP sliding windows send no reset time, so waits start at"
            + " up to 1 s and double, with full jitter, to outlast a 10 s burst window; a Retry-After is honoured),"
            + " unavailable or drops the connection (writes only when provably not processed).")
    private int retryMaxAttempts = 6;

    @Metadata(label = "security", defaultValue = "false", description = "Whether the access tokens of the oauth2"
            + " connections this component's endpoints used are revoked when the CamelContext stops (after the routes"
            + " stopped), so they do not outlive the application. A failed revocation is logged, not thrown.")
    private boolean revokeOnShutdown;

    public CommerceLayerComponent() {
        super(new CommerceLayerConfiguration());
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected RetryPolicy retryPolicy() {
        return RETRIES.withMaxAttempts(retryMaxAttempts);
    }

    @Override
    protected Endpoint newEndpoint(String uri, CommerceLayerConfiguration configuration) {
        return new CommerceLayerEndpoint(uri, this, configuration);
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = checkedAttempts(retryMaxAttempts);
    }

    public boolean isRevokeOnShutdown() {
        return revokeOnShutdown;
    }

    public void setRevokeOnShutdown(boolean revokeOnShutdown) {
        this.revokeOnShutdown = revokeOnShutdown;
    }
}
