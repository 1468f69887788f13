package com.commerceconnectors.spring.boot;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Applies one scheme's {@code camel.component.<scheme>.*} properties to the component when Camel creates it, through
 * the component's generated configurer: the same binding Camel Main does for these keys, so values convert and
 * {@code #bean} references resolve the same way.
 */
public final class ComponentOptionsCustomizer implements ComponentCustomizer {

    private final Class<? extends Component> type;
    private final ConnectorComponentProperties properties;
    private final Supplier<CamelContext> fallbackContext;

    /**
     * @param type            the component class these properties are for
     * @param properties      the bound properties
     * @param fallbackContext the context to bind with when the component has none yet
     */
    public ComponentOptionsCustomizer(Class<? extends Component> type, ConnectorComponentProperties properties,
                                      Supplier<CamelContext> fallbackContext) {
        this.type = Objects.requireNonNull(type, "type");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.fallbackContext = Objects.requireNonNull(fallbackContext, "fallbackContext");
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return properties.isEnabled() && type.isInstance(target);
    }

    @Override
    public void configure(String name, Component target) {
        CamelContext context = target.getCamelContext() != null ? target.getCamelContext() : fallbackContext.get();
        Map<String, Object> options = new LinkedHashMap<>(properties.options());
        PropertyBindingSupport.build()
                .withCamelContext(context)
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
                    + " set under " + properties.prefix() + ": use a starter of the connector's version");
        }
    }
}
