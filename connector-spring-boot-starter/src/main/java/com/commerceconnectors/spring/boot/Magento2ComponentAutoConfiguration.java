package com.commerceconnectors.spring.boot;

import com.commerceconnectors.magento2.Magento2Component;
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
 * Binds {@link Magento2ComponentProperties} and applies them to the {@code magento2:} component, under the same
 * conditions as Camel's own component starters ({@code camel.component.enabled},
 * {@code camel.component.magento2.enabled}).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(Magento2Component.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", Magento2ComponentProperties.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, Magento2ComponentProperties.class })
public class Magento2ComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer magento2ComponentCustomizer(Magento2ComponentProperties properties, Environment environment,
                                                    CamelContext context) {
        return new ComponentOptionsCustomizer(Magento2Component.class, properties, environment, context);
    }
}
