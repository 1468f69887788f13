package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.http.Sleeper;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The component every connector's scheme extends: the default connection, the per-connection readiness checks, and
 * the clock and sleeper its clients use. A subclass names its descriptor, its retry policy (the default number of
 * attempts differs per platform, and so is declared there) and how an endpoint is made.
 *
 * @param <C> the scheme's endpoint configuration
 */
public abstract class ConnectorComponent<C extends ConnectorConfiguration> extends HealthCheckComponent {

    @Metadata(label = "common", autowired = true, description = "The connection every endpoint uses unless it names its"
            + " own; autowired when the registry holds exactly one Connection (or exactly one for this connector).")
    private Connection connection;

    // Defaults for every endpoint's options, set in code. Not a catalog option: flattened into component options its
    // `connection` would clash with the component's own, and the metadata generator then picks either one.
    private C configuration;

    @Metadata(label = "health", defaultValue = "true", description = "Whether each distinct connection the endpoints use"
            + " gets a readiness health check (its id is the scheme, a dash and the connection name) that runs the"
            + " connection test. A refused sign-in latches the connection for the check, the consumers and the"
            + " producers alike: it reports DOWN with the refusal and signs in again only once authFailureBackoff has"
            + " passed, the connection changes, or an operator resets it (JMX operation resetAuthLatch of the"
            + " ConnectorClients service, or a route calling the ConnectorClients.AuthLatchReset bean).")
    private boolean healthCheckConnectionEnabled = true;

    @Metadata(label = "security", defaultValue = "1800000", javaType = "java.time.Duration", description = "After the"
            + " platform refused a sign-in (wrong password, invalid_client, invalid_grant), how long every consumer,"
            + " producer and health check of that connection fails at once with the refusal instead of signing in again,"
            + " in milliseconds or e.g. 30m. Repeated refused sign-ins lock accounts: six lock a Magento admin for 30"
            + " minutes. An operator reset or a changed connection ends the wait sooner.")
    private long authFailureBackoff = 1800000;

    @Metadata(label = "advanced", description = "How the retry loop waits between attempts; replace it to test without"
            + " waiting in real time.")
    private Sleeper sleeper;

    @Metadata(label = "advanced", description = "The clock for token expiry and export bounds; replace it to test expiry"
            + " without waiting.")
    private Clock clock;

    protected ConnectorComponent(C defaults) {
        this.configuration = Objects.requireNonNull(defaults, "defaults");
    }

    /** The connector's published facts. */
    public abstract ConnectorDescriptor descriptor();

    /** The retry policy with the component's number of attempts. */
    protected abstract RetryPolicy retryPolicy();

    /** A new endpoint for {@code uri} with its own copy of the defaults, the resource set. */
    protected abstract Endpoint newEndpoint(String uri, C configuration);

    /** The client settings every endpoint of this component shares. */
    public ClientOptions clientOptions() {
        return new ClientOptions(retryPolicy(), sleeper != null ? sleeper : Sleeper.system(), clock(),
                Duration.ofMillis(authFailureBackoff));
    }

    /** The component's clock, the system's UTC clock unless one was set. */
    public Clock clock() {
        return clock != null ? clock : Clock.systemUTC();
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        C config = configuration.copy();
        config.setResource(remaining);
        Endpoint endpoint = newEndpoint(uri, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The component's connection, else the registry's only Connection bean for this connector (several connectors'
     * connections may live in one registry; also when the component was added by hand).
     */
    public Connection defaultConnection() {
        if (connection != null || !isAutowiredEnabled() || getCamelContext() == null) {
            return connection;
        }
        String scheme = descriptor().scheme();
        List<Connection> mine = getCamelContext().getRegistry().findByType(Connection.class).stream()
                .filter(c -> scheme.equals(c.connector().id()))
                .toList();
        return mine.size() == 1 ? mine.get(0) : null;
    }

    public Connection getConnection() {
        return connection;
    }

    public void setConnection(Connection connection) {
        this.connection = connection;
    }

    public C getConfiguration() {
        return configuration;
    }

    public void setConfiguration(C configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public boolean isHealthCheckConnectionEnabled() {
        return healthCheckConnectionEnabled;
    }

    public void setHealthCheckConnectionEnabled(boolean healthCheckConnectionEnabled) {
        this.healthCheckConnectionEnabled = healthCheckConnectionEnabled;
    }

    public long getAuthFailureBackoff() {
        return authFailureBackoff;
    }

    public void setAuthFailureBackoff(long authFailureBackoff) {
        if (authFailureBackoff < 0) {
            throw new IllegalArgumentException("authFailureBackoff must not be negative");
        }
        this.authFailureBackoff = authFailureBackoff;
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

    /** Validates a number of attempts for a subclass's retryMaxAttempts setter. */
    protected static int checkedAttempts(int retryMaxAttempts) {
        if (retryMaxAttempts < 1) {
            throw new IllegalArgumentException("retryMaxAttempts must be at least 1");
        }
        return retryMaxAttempts;
    }
}
