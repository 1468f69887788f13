package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.http.Sleeper;
import com.commerceconnectors.magento2.api.ClientOptions;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Clock;
import java.util.Map;

/** The {@code magento2:} component: Magento 2 / Adobe Commerce REST. */
@Component("magento2")
public class Magento2Component extends HealthCheckComponent {

    @Metadata(label = "common", autowired = true, description = "The connection every endpoint uses unless it names its own;"
            + " autowired when the registry holds exactly one Connection.")
    private Connection connection;

    // Defaults for every endpoint's options, set in code. Not a catalog option: flattened into component options its
    // `connection` would clash with the component's own, and the metadata generator then picks either one.
    private Magento2Configuration configuration = new Magento2Configuration();

    @Metadata(label = "advanced", defaultValue = "4", description = "How many times a request is tried in all when Magento"
            + " is rate limiting, unavailable or drops the connection (writes only when provably not processed).")
    private int retryMaxAttempts = 4;

    @Metadata(label = "health", defaultValue = "true", description = "Whether each distinct connection the endpoints use"
            + " gets a readiness health check (its id is magento2- followed by the connection name) that runs the"
            + " connection test. It latches an authentication failure: the probe then reports it without signing in"
            + " again (six failed sign-ins lock a Magento admin for 30 minutes) until an operator resets it (JMX"
            + " operation resetLatches of the Magento2ReadinessChecks service, resetLatch() on the check) or the routes"
            + " using it are restarted.")
    private boolean healthCheckConnectionEnabled = true;

    @Metadata(label = "advanced", description = "How the retry loop waits between attempts; replace it to test without"
            + " waiting in real time.")
    private Sleeper sleeper;

    @Metadata(label = "advanced", description = "The clock for token expiry and watermarks; replace it to test expiry"
            + " without waiting.")
    private Clock clock;

    /** The client settings every endpoint of this component shares. */
    ClientOptions clientOptions() {
        return new ClientOptions(RetryPolicy.DEFAULT.withMaxAttempts(retryMaxAttempts),
                sleeper != null ? sleeper : Sleeper.system(),
                clock != null ? clock : Clock.systemUTC());
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Magento2Configuration config = configuration.copy();
        config.setResource(remaining);
        Magento2Endpoint endpoint = new Magento2Endpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
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

    public Connection getConnection() {
        return connection;
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

    public void setConnection(Connection connection) {
        this.connection = connection;
    }

    public Magento2Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Magento2Configuration configuration) {
        this.configuration = configuration;
    }
}
