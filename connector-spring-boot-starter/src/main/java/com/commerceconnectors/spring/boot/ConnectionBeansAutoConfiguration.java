package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The connections of {@code commerce.connections} as beans, and the {@code commerce.*} properties. */
@AutoConfiguration
@ConditionalOnClass(Connection.class)
@EnableConfigurationProperties(CommerceConnectorsProperties.class)
public class ConnectionBeansAutoConfiguration {

    // static: a registry post-processor must not make its configuration class an early bean
    @Bean
    public static ConnectionBeanRegistrar commerceConnectionBeanRegistrar(Environment environment) {
        return new ConnectionBeanRegistrar(environment);
    }
}
