package com.commerceconnectors.spring.boot;

import com.commerceconnectors.magento2.Magento2Component;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Binds {@code Magento2ComponentProperties} and applies them to the {@code magento2:} component. */
@AutoConfiguration
@ConditionalOnClass(Magento2Component.class)
@ConditionalOnProperty(prefix = Magento2ComponentProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(Magento2ComponentProperties.class)
public class Magento2ComponentAutoConfiguration {

    @Bean
    public ComponentCustomizer magento2ComponentCustomizer(Magento2ComponentProperties properties,
                                                     ObjectProvider<CamelContext> context) {
        return new ComponentOptionsCustomizer(Magento2Component.class, properties, context::getIfAvailable);
    }
}
