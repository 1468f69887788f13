package com.commerceconnectors.spring.boot;

import com.commerceconnectors.oro.OroComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Binds {@code OroComponentProperties} and applies them to the {@code oro:} component. */
@AutoConfiguration
@ConditionalOnClass(OroComponent.class)
@ConditionalOnProperty(prefix = OroComponentProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OroComponentProperties.class)
public class OroComponentAutoConfiguration {

    @Bean
    public ComponentCustomizer oroComponentCustomizer(OroComponentProperties properties,
                                                     ObjectProvider<CamelContext> context) {
        return new ComponentOptionsCustomizer(OroComponent.class, properties, context::getIfAvailable);
    }
}
