package com.commerceconnectors.spring.boot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.convert.DurationUnit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The component options every connector's scheme has, bound from {@code camel.component.<scheme>.*}. Each field is
 * one option of the component's catalog, with the same name, default and description (the first sentences of each
 * field's comment are the catalog's description; ConnectorStarterOptionsTest compares them with the packaged catalog
 * JSON). Object options are bean references such as {@code #shop}, resolved by Camel against the application context.
 * A subclass per scheme adds its own options and names its prefix. {@code enabled} and {@code customizer.enabled}
 * come from Camel Spring Boot, with the meaning they have for Camel's own starters.
 */
public abstract class ConnectorComponentProperties extends ComponentConfigurationPropertiesCommon {

    /**
     * The connection every endpoint uses unless it names its own; autowired when the registry holds exactly one
     * Connection (or exactly one for this connector). A bean reference, e.g. #shop for the connection declared under
     * commerce.connections.shop.
     */
    private String connection;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private boolean bridgeErrorHandler = false;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private boolean lazyStartProducer = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private boolean autowiredEnabled = true;

    /**
     * The clock for token expiry and export bounds; replace it to test expiry without waiting. A bean reference, e.g.
     * #clock.
     */
    private String clock;

    /**
     * How the retry loop waits between attempts; replace it to test without waiting in real time. A bean reference,
     * e.g. #sleeper.
     */
    private String sleeper;

    /**
     * Whether each distinct connection the endpoints use gets a readiness health check (its id is the scheme, a dash
     * and the connection name) that runs the connection test. A refused sign-in latches the connection for the check,
     * the consumers and the producers alike: it reports DOWN with the refusal and signs in again only once
     * authFailureBackoff has passed, the connection changes, or an operator resets it (JMX operation resetAuthLatch
     * of the ConnectorClients service, or a route calling the ConnectorClients.AuthLatchReset bean). On Spring Boot
     * the checks are part of Actuator's readiness group (see commerce.health.readiness).
     */
    private boolean healthCheckConnectionEnabled = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private boolean healthCheckProducerEnabled = true;

    /**
     * After the platform refused a sign-in (wrong password, invalid_client, invalid_grant), how long every consumer,
     * producer and health check of that connection fails at once with the refusal instead of signing in again, in
     * milliseconds or e.g. 30m. Repeated refused sign-ins lock accounts: six lock a Magento admin for 30 minutes. An
     * operator reset or a changed connection ends the wait sooner.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration authFailureBackoff = Duration.ofMillis(1800000);

    protected ConnectorComponentProperties() {
        // Camel's own starters leave the flag false and let their conditions decide; here the flag is what
        // ComponentOptionsCustomizer reads, so it starts as the conditions' default
        setEnabled(true);
    }

    /** The property prefix, {@code camel.component.<scheme>}. */
    public abstract String prefix();

    /**
     * The options to set on the component, by their catalog names: every option with a value (object options only
     * when a reference was given).
     */
    public Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        putIfSet(options, "connection", connection);
        options.put("bridgeErrorHandler", bridgeErrorHandler);
        options.put("lazyStartProducer", lazyStartProducer);
        options.put("autowiredEnabled", autowiredEnabled);
        putIfSet(options, "clock", clock);
        putIfSet(options, "sleeper", sleeper);
        options.put("healthCheckConnectionEnabled", healthCheckConnectionEnabled);
        options.put("healthCheckConsumerEnabled", healthCheckConsumerEnabled);
        options.put("healthCheckProducerEnabled", healthCheckProducerEnabled);
        options.put("authFailureBackoff", authFailureBackoff.toMillis());
        addSchemeOptions(options);
        return options;
    }

    /** Adds the options only this scheme has. */
    protected abstract void addSchemeOptions(Map<String, Object> options);

    protected static void putIfSet(Map<String, Object> options, String name, Object value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    public String getConnection() {
        return connection;
    }

    public void setConnection(String connection) {
        this.connection = connection;
    }

    public boolean isBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public boolean isLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public boolean isAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getClock() {
        return clock;
    }

    public void setClock(String clock) {
        this.clock = clock;
    }

    public String getSleeper() {
        return sleeper;
    }

    public void setSleeper(String sleeper) {
        this.sleeper = sleeper;
    }

    public boolean isHealthCheckConnectionEnabled() {
        return healthCheckConnectionEnabled;
    }

    public void setHealthCheckConnectionEnabled(boolean healthCheckConnectionEnabled) {
        this.healthCheckConnectionEnabled = healthCheckConnectionEnabled;
    }

    public boolean isHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public boolean isHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public Duration getAuthFailureBackoff() {
        return authFailureBackoff;
    }

    public void setAuthFailureBackoff(Duration authFailureBackoff) {
        if (authFailureBackoff == null || authFailureBackoff.isNegative()) {
            throw new IllegalArgumentException("authFailureBackoff must be a duration of zero or more");
        }
        this.authFailureBackoff = authFailureBackoff;
    }
}
