package com.commerceconnectors.spring.boot;

import com.commerceconnectors.oro.OroComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Binds {@link OroComponentProperties} and applies them to the {@code oro:} component, under the same
 * conditions as Camel's own component starters ({@code camel.component.enabled},
 * {@code camel.component.oro.enabled}).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(OroComponent.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", OroComponentProperties.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, OroComponentProperties.class })
public class OroComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer oroComponentCustomizer(OroComponentProperties properties, Environment environment,
                                                    CamelContext context) {
        return new ComponentOptionsCustomizer(OroComponent.class, properties, environment, context);
    }
}
