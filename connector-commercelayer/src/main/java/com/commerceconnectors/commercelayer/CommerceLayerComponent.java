package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.api.ClientOptions;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.http.Sleeper;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The {@code commercelayer:} component: Commerce Layer's JSON:API, with its OAuth2 grants. */
@Component("commercelayer")
public class CommerceLayerComponent extends HealthCheckComponent {

    /**
     * Commerce Layer's burst limits are sliding windows of 10 s with no reset time: back-off starts at up to 1 s (not
     * core's 0.5 s) so the default attempts wait long enough, in sum, for a window to move on.
     */
    static final RetryPolicy RETRIES = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMinutes(2));

    @Metadata(label = "common", autowired = true, description = "The connection every endpoint uses unless it names its"
            + " own; autowired when the registry holds exactly one Connection.")
    private Connection connection;

    // Defaults for every endpoint's options, set in code. Not a catalog option: flattened into component options its
    // `connection` would clash with the component's own, and the metadata generator then picks either one.
    private CommerceLayerConfiguration configuration = new CommerceLayerConfiguration();

    @Metadata(label = "advanced", defaultValue = "6", description = "How many times a request is tried in all when"
            + " Commerce Layer is rate limiting (429: its per-IP sliding windows send no reset time, so waits start at"
            + " up to 1 s and double, with full jitter, to outlast a 10 s burst window; a Retry-After is honoured),"
            + " unavailable or drops the connection (writes only when provably not processed).")
    private int retryMaxAttempts = 6;

    @Metadata(label = "security", defaultValue = "false", description = "Whether the access tokens of the oauth2"
            + " connections this component's endpoints used are revoked when the CamelContext stops (after the routes"
            + " stopped), so they do not outlive the application. A failed revocation is logged, not thrown.")
    private boolean revokeOnShutdown;

    @Metadata(label = "health", defaultValue = "true", description = "Whether each distinct connection the endpoints use"
            + " gets a readiness health check (id commercelayer- followed by the connection name) that runs the"
            + " connection test. It latches an authentication failure: the probe then reports it without asking for a"
            + " token again (the auth endpoint allows about 30 requests a minute) until an operator resets it (JMX"
            + " operation resetLatches of the CommerceLayerReadinessChecks service) or the routes using it are restarted.")
    private boolean healthCheckConnectionEnabled = true;

    @Metadata(label = "advanced", description = "How the retry loop waits between attempts; replace it to test without"
            + " waiting in real time.")
    private Sleeper sleeper;

    @Metadata(label = "advanced", description = "The clock for token expiry and export bounds; replace it to test expiry"
            + " without waiting.")
    private Clock clock;

    /** The client settings every endpoint of this component shares. */
    ClientOptions clientOptions() {
        return new ClientOptions(RETRIES.withMaxAttempts(retryMaxAttempts),
                sleeper != null ? sleeper : Sleeper.system(),
                clock != null ? clock : Clock.systemUTC());
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CommerceLayerConfiguration config = configuration.copy();
        config.setResource(remaining);
        CommerceLayerEndpoint endpoint = new CommerceLayerEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The component's connection, or the registry's only Connection bean (also when the component was added by hand). */
    Connection defaultConnection() {
        if (connection == null && isAutowiredEnabled() && getCamelContext() != null) {
            Connection single = getCamelContext().getRegistry().findSingleByType(Connection.class);
            if (single != null) {
                return single;
            }
        }
        return connection;
    }

    public Connection getConnection() {
        return connection;
    }

    public void setConnection(Connection connection) {
        this.connection = connection;
    }

    public CommerceLayerConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CommerceLayerConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        if (retryMaxAttempts < 1) {
            throw new IllegalArgumentException("retryMaxAttempts must be at least 1");
        }
        this.retryMaxAttempts = retryMaxAttempts;
    }

    public boolean isRevokeOnShutdown() {
        return revokeOnShutdown;
    }

    public void setRevokeOnShutdown(boolean revokeOnShutdown) {
        this.revokeOnShutdown = revokeOnShutdown;
    }

    public boolean isHealthCheckConnectionEnabled() {
        return healthCheckConnectionEnabled;
    }

    public void setHealthCheckConnectionEnabled(boolean healthCheckConnectionEnabled) {
        this.healthCheckConnectionEnabled = healthCheckConnectionEnabled;
    }

    public Sleeper getSleeper() {
        return sleeper;
    }

    public void setSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
