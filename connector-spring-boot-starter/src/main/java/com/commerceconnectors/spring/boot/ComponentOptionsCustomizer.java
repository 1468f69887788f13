package com.commerceconnectors.spring.boot;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Applies one scheme's {@code camel.component.<scheme>.*} properties to the component when Camel creates it, through
 * the component's generated configurer: the binding Camel Main does for these keys, so values convert and
 * {@code #bean} references resolve the same way. Like Camel's own starters it stands back when
 * {@code camel.component.customizer.enabled} or {@code camel.component.<scheme>.customizer.enabled} is false.
 */
public final class ComponentOptionsCustomizer implements ComponentCustomizer {

    private final Class<? extends Component> type;
    private final ConnectorComponentProperties properties;
    private final Environment environment;
    private final CamelContext context;

    /**
     * @param type        the component class these properties are for
     * @param properties  the bound properties
     * @param environment where the customizer switches are read
     * @param context     the context to bind with when the component has none yet
     */
    public ComponentOptionsCustomizer(Class<? extends Component> type, ConnectorComponentProperties properties,
                                      Environment environment, CamelContext context) {
        this.type = Objects.requireNonNull(type, "type");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return properties.isEnabled() && type.isInstance(target)
                && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                properties.prefix() + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        CamelContext camel = target.getCamelContext() != null ? target.getCamelContext() : context;
        Map<String, Object> options = new LinkedHashMap<>(properties.options());
        PropertyBindingSupport.build()
                .withCamelContext(camel)
                .withTarget(target)
                .withConfigurer(target.getComponentPropertyConfigurer())
                .withProperties(options)
                .withRemoveParameters(true)
                .withReference(true)
                .withIgnoreCase(true)
                .bind();
        if (!options.isEmpty()) {
            // a starter option the component does not have: the starter and the connector are of different versions
            throw new IllegalStateException("The " + name + " component has no option(s) " + options.keySet()
                    + " set under " + properties.prefix() + ": use the starter of the connector's version");
        }
    }
}
