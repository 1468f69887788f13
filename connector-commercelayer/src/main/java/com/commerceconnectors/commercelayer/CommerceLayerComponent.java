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
     * Commerce Layer's limits are sliding windows with no reset time. A 429 reporting its window waits the window's
     * interval (60 s); other failures back off from up to 1 s (not core's 0.5 s).
     */
    static final RetryPolicy RETRIES = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMinutes(2));

    @Metadata(label = "advanced", defaultValue = "6", description = "How many times a request is tried in all when"
            + " Commerce Layer is rate limiting (429: a Retry-After is honoured; without one the request waits the"
            + " window's X-Ratelimit-Interval, 60 s, since its sliding windows send no reset time), unavailable or drops"
            + " the connection (waits from up to 1 s, doubling with full jitter; writes only when provably not"
            + " processed).")
    private int retryMaxAttempts = 6;

    @Metadata(label = "advanced", defaultValue = "true", description = "Whether requests are paced by the"
            + " X-Ratelimit-Limit, -Interval and -Remaining headers of Commerce Layer's answers, so that its per-IP"
            + " sliding windows are not exceeded: requests of one organisation and request class (cacheable reads,"
            + " other reads, writes) are spaced to the rate the limit allows and wait while the window is full,"
            + " across every endpoint and connection of the CamelContext. A 429 that comes anyway waits for the"
            + " window's interval. Turn it off only where nothing enforces the limits (a sandbox without"
            + " enforcement).")
    private boolean rateLimitPacing = true;

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

    public boolean isRateLimitPacing() {
        return rateLimitPacing;
    }

    public void setRateLimitPacing(boolean rateLimitPacing) {
        this.rateLimitPacing = rateLimitPacing;
    }

    public boolean isRevokeOnShutdown() {
        return revokeOnShutdown;
    }

    public void setRevokeOnShutdown(boolean revokeOnShutdown) {
        this.revokeOnShutdown = revokeOnShutdown;
    }
}
