package com.commerceconnectors.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code commerce.*}: the connections the application declares as beans, and how their readiness checks join
 * Actuator. The connections are registered before any property bean exists (see {@link ConnectionBeanRegistrar});
 * this class gives them their metadata and the health switch.
 */
@ConfigurationProperties(prefix = CommerceConnectorsProperties.PREFIX)
public class CommerceConnectorsProperties {

    public static final String PREFIX = "commerce";

    /**
     * The connections, by bean name: each either a document (resource=file:shop.yaml or classpath:…) or the
     * document's fields inline (connector, base-uri, auth.type, auth.username …). Each is validated against the
     * connection schema at startup; an invalid one stops startup with every violation listed.
     */
    private Map<String, ConnectionDefinition> connections = new LinkedHashMap<>();

    private final Health health = new Health();

    public Map<String, ConnectionDefinition> getConnections() {
        return connections;
    }

    public void setConnections(Map<String, ConnectionDefinition> connections) {
        this.connections = connections;
    }

    public Health getHealth() {
        return health;
    }

    /** How the connection readiness checks appear in Actuator. */
    public static class Health {

        /**
         * Whether Actuator's readiness group (/actuator/health/readiness) includes the connection readiness checks
         * (the health contributor commerceConnectors); the group is created when probes are not enabled. With false
         * the checks are still in /actuator/health and can be added to any group by name.
         */
        private boolean readiness = true;

        public boolean isReadiness() {
            return readiness;
        }

        public void setReadiness(boolean readiness) {
            this.readiness = readiness;
        }
    }
}
