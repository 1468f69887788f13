package com.commerceconnectors.spring.boot;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the connection readiness checks into Actuator's {@code readiness} group. When probes are enabled (on
 * Kubernetes, or with {@code management.endpoint.health.probes.enabled=true}) or the group is configured, the group
 * gains the {@value ConnectionReadinessHealthIndicator#NAME} member; otherwise a {@code readiness} group of
 * {@code readinessState} and the checks is added, with the main group's status mapping and detail settings. Camel
 * Spring Boot's own {@code camelReadinessState} stays out of it, as before.
 */
public final class ReadinessGroupPostProcessor implements HealthEndpointGroupsPostProcessor {

    static final String READINESS = "readiness";

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        Map<String, HealthEndpointGroup> additional = new LinkedHashMap<>();
        for (String name : groups.getNames()) {
            additional.put(name, groups.get(name));
        }
        HealthEndpointGroup readiness = groups.get(READINESS);
        HealthEndpointGroup base = readiness != null ? readiness : groups.getPrimary();
        additional.put(READINESS, new WithConnectionChecks(base, readiness != null));
        return HealthEndpointGroups.of(groups.getPrimary(), additional);
    }

    /** A group that also holds the connection checks; {@code existing} tells whether the base is a readiness group. */
    private record WithConnectionChecks(HealthEndpointGroup base, boolean existing) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            if (ConnectionReadinessHealthIndicator.NAME.equals(name)) {
                return true;
            }
            return existing ? base.isMember(name) : "readinessState".equals(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return base.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return base.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return base.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return base.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return existing ? base.getAdditionalPath() : null;
        }
    }
}
