package com.commerceconnectors.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The component options every connector's scheme has, bound from {@code camel.component.<scheme>.*}. Each field is
 * one option of the component's catalog (same name, same default); object options are bean references such as
 * {@code #shop}, resolved by Camel against the application context. A subclass per scheme adds its own options and
 * names its prefix; {@code ConnectorStarterOptionsTest} compares them with the packaged catalog JSON.
 */
public abstract class ConnectorComponentProperties {

    /**
     * Whether to configure the component from these properties; with false the component keeps the defaults of its
     * catalog (or what a bean of the component type says).
     */
    private boolean enabled = true;

    /**
     * The connection every endpoint uses unless it names its own, as a bean reference (e.g. #shop). Left unset, it is
     * autowired: the registry's only Connection bean, or the only one whose connector is this scheme when the
     * application holds connections of several connectors.
     */
    private String connection;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component.
     */
    private boolean autowiredEnabled = true;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown.
     */
    private boolean bridgeErrorHandler;

    /**
     * Whether the producer should be started lazy (on the first message), so that the CamelContext and routes can
     * start in situations where a producer may otherwise fail during starting; the failure is then handled by
     * Camel's routing error handlers when the first message is processed.
     */
    private boolean lazyStartProducer;

    /**
     * Whether each distinct connection the endpoints use gets a readiness health check (its id is the scheme, a dash
     * and the connection name) that runs the connection test. A refused sign-in latches the connection for the
     * check, the consumers and the producers alike: it reports DOWN with the refusal and signs in again only once
     * auth-failure-backoff has passed, the connection changes, or an operator resets it (JMX operation
     * resetAuthLatch of the ConnectorClients service, or a route calling the ConnectorClients.AuthLatchReset bean).
     */
    private boolean healthCheckConnectionEnabled = true;

    /**
     * After the platform refused a sign-in (wrong password, invalid_client, invalid_grant), how long every consumer,
     * producer and health check of that connection fails at once with the refusal instead of signing in again (e.g.
     * 30m, or a number of milliseconds). Repeated refused sign-ins lock accounts: six lock a Magento admin for 30
     * minutes. An operator reset or a changed connection ends the wait sooner.
     */
    private Duration authFailureBackoff = Duration.ofMillis(1800000);

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
     * How the retry loop waits between attempts, as a bean reference (e.g. #sleeper); replace it to test without
     * waiting in real time.
     */
    private String sleeper;

    /**
     * The clock for token expiry and export bounds, as a bean reference (e.g. #clock); replace it to test expiry
     * without waiting.
     */
    private String clock;

    /** The property prefix, {@code camel.component.<scheme>}. */
    public abstract String prefix();

    /**
     * The options to set on the component, by their catalog names: every option with a value (object options only
     * when a reference was given).
     */
    public Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        putIfSet(options, "connection", connection);
        options.put("autowiredEnabled", autowiredEnabled);
        options.put("bridgeErrorHandler", bridgeErrorHandler);
        options.put("lazyStartProducer", lazyStartProducer);
        options.put("healthCheckConnectionEnabled", healthCheckConnectionEnabled);
        // the component takes milliseconds; Spring reads 30m, PT30M or 1800000
        options.put("authFailureBackoff", authFailureBackoff.toMillis());
        options.put("healthCheckConsumerEnabled", healthCheckConsumerEnabled);
        options.put("healthCheckProducerEnabled", healthCheckProducerEnabled);
        putIfSet(options, "sleeper", sleeper);
        putIfSet(options, "clock", clock);
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getConnection() {
        return connection;
    }

    public void setConnection(String connection) {
        this.connection = connection;
    }

    public boolean isAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
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

    public boolean isHealthCheckConnectionEnabled() {
        return healthCheckConnectionEnabled;
    }

    public void setHealthCheckConnectionEnabled(boolean healthCheckConnectionEnabled) {
        this.healthCheckConnectionEnabled = healthCheckConnectionEnabled;
    }

    public Duration getAuthFailureBackoff() {
        return authFailureBackoff;
    }

    public void setAuthFailureBackoff(Duration authFailureBackoff) {
        this.authFailureBackoff = authFailureBackoff;
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

    public String getSleeper() {
        return sleeper;
    }

    public void setSleeper(String sleeper) {
        this.sleeper = sleeper;
    }

    public String getClock() {
        return clock;
    }

    public void setClock(String clock) {
        this.clock = clock;
    }
}
