package com.commerceconnectors.spring.boot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Actuator: the connection readiness checks as the {@code commerceConnectors} health contributor, in the
 * readiness group unless {@code commerce.health.readiness=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, CamelContext.class})
@ConditionalOnBean(CamelContext.class)
@ConditionalOnEnabledHealthIndicator("commerceConnectors")
public class ConnectionHealthAutoConfiguration {

    @Bean(name = ConnectionReadinessHealthIndicator.NAME + "HealthIndicator")
    public ConnectionReadinessHealthIndicator commerceConnectorsHealthIndicator(CamelContext camelContext) {
        return new ConnectionReadinessHealthIndicator(camelContext);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "commerce.health", name = "readiness", matchIfMissing = true)
    static class ReadinessGroup {

        @Bean
        HealthEndpointGroupsPostProcessor commerceConnectorsReadinessGroup() {
            return new ReadinessGroupPostProcessor();
        }
    }
}
