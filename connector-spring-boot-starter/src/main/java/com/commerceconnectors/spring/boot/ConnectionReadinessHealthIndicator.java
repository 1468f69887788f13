package com.commerceconnectors.spring.boot;

import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The connectors' readiness checks as one Actuator contributor ({@code commerceConnectors}): DOWN when any
 * connection's test fails, with each check's state, message and details (category, HTTP status, hint, whether it is
 * latched — never a secret). Calling it calls the checks, so an authentication failure latches here exactly as it
 * does under Camel Main: the probe reports it without signing in again.
 */
public final class ConnectionReadinessHealthIndicator extends AbstractHealthIndicator {

    /** The contributor's name: the bean name without {@code HealthIndicator}. */
    public static final String NAME = "commerceConnectors";

    private final CamelContext camelContext;

    public ConnectionReadinessHealthIndicator(CamelContext camelContext) {
        super("The commerce connector readiness checks failed");
        this.camelContext = Objects.requireNonNull(camelContext, "camelContext");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        List<HealthCheck> checks = registry == null ? List.of() : registry.stream()
                .filter(ConnectionReadinessCheck.class::isInstance)
                .toList();
        boolean down = false;
        Map<String, Object> results = new TreeMap<>();
        for (HealthCheck check : checks) {
            HealthCheck.Result result = check.call();
            down |= result.getState() == HealthCheck.State.DOWN;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", result.getState().name());
            result.getMessage().ifPresent(m -> detail.put("message", m));
            detail.putAll(new TreeMap<>(result.getDetails()));
            results.put(check.getId(), detail);
        }
        builder.withDetail("checks", results);
        if (down) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
