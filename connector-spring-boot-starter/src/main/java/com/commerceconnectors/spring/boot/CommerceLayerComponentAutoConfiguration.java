package com.commerceconnectors.spring.boot;

import com.commerceconnectors.commercelayer.CommerceLayerComponent;
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
 * Binds {@link CommerceLayerComponentProperties} and applies them to the {@code commercelayer:} component, under the same
 * conditions as Camel's own component starters ({@code camel.component.enabled},
 * {@code camel.component.commercelayer.enabled}).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(CommerceLayerComponent.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", CommerceLayerComponentProperties.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, CommerceLayerComponentProperties.class })
public class CommerceLayerComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer commercelayerComponentCustomizer(CommerceLayerComponentProperties properties, Environment environment,
                                                    CamelContext context) {
        return new ComponentOptionsCustomizer(CommerceLayerComponent.class, properties, environment, context);
    }
}
