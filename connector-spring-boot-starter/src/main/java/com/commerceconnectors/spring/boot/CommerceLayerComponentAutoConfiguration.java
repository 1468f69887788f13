package com.commerceconnectors.spring.boot;

import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Binds {@code CommerceLayerComponentProperties} and applies them to the {@code commercelayer:} component. */
@AutoConfiguration
@ConditionalOnClass(CommerceLayerComponent.class)
@ConditionalOnProperty(prefix = CommerceLayerComponentProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CommerceLayerComponentProperties.class)
public class CommerceLayerComponentAutoConfiguration {

    @Bean
    public ComponentCustomizer commercelayerComponentCustomizer(CommerceLayerComponentProperties properties,
                                                     ObjectProvider<CamelContext> context) {
        return new ComponentOptionsCustomizer(CommerceLayerComponent.class, properties, context::getIfAvailable);
    }
}
