package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextException;
import org.springframework.core.env.Environment;

import java.util.Map;

/**
 * Registers one {@link Connection} bean per entry of {@code commerce.connections}, named by its key. The beans are
 * singletons created while the context starts, so an invalid document stops startup before any route runs; the
 * failure (a {@code ConnectionException}) is described by {@link ConnectionFailureAnalyzer}.
 */
public final class ConnectionBeanRegistrar implements BeanDefinitionRegistryPostProcessor {

    private static final Bindable<Map<String, ConnectionDefinition>> DEFINITIONS =
            Bindable.mapOf(String.class, ConnectionDefinition.class);

    private final Environment environment;

    public ConnectionBeanRegistrar(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        Map<String, ConnectionDefinition> definitions = Binder.get(environment)
                .bind(CommerceConnectorsProperties.PREFIX + ".connections", DEFINITIONS)
                .orElse(Map.of());
        if (definitions.isEmpty()) {
            return;
        }
        ClassLoader classLoader = registry instanceof ConfigurableListableBeanFactory factory
                && factory.getBeanClassLoader() != null ? factory.getBeanClassLoader()
                : ConnectionBeanRegistrar.class.getClassLoader();
        ConnectionDocuments documents = new ConnectionDocuments(classLoader);
        definitions.forEach((beanName, definition) -> {
            if (registry.containsBeanDefinition(beanName)) {
                throw new ApplicationContextException("commerce.connections." + beanName + " names a bean that"
                        + " already exists; give the connection another key");
            }
            RootBeanDefinition bean = new RootBeanDefinition(Connection.class,
                    () -> documents.load(beanName, definition));
            bean.setDescription("connection from " + CommerceConnectorsProperties.PREFIX + ".connections." + beanName);
            registry.registerBeanDefinition(beanName, bean);
        });
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // everything happens while definitions are registered
    }
}
