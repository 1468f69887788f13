package com.commerceconnectors.samples.boot;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * With the profile {@code sandbox}: starts the embedded emulators before the connections are read and offers their
 * addresses and public test credentials as {@code sandbox.*} properties (application-sandbox.yaml uses them); stops
 * them after the application's beans (so Camel's routes, and the token revocation on shutdown, still reach them). A
 * listener rather than a bean, because the connections are bound before any bean exists.
 */
final class SandboxLauncher implements SmartApplicationListener {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxLauncher.class);

    /** How many Magento products the emulator starts with. */
    static final int PRODUCTS = 25;

    private Sandbox sandbox;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            stopWith(prepared);
        } else {
            stop();
        }
    }

    private synchronized void start(ConfigurableEnvironment environment) {
        if (sandbox != null || !environment.acceptsProfiles(Profiles.of("sandbox"))) {
            return;
        }
        try {
            sandbox = Sandbox.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox could not start", e);
        }
        sandbox.magento().seedProducts(PRODUCTS);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sandbox.magento.rest-uri", sandbox.magentoRestUri().toString());
        properties.put("sandbox.magento.username", MagentoSandbox.ADMIN_USERNAME);
        properties.put("sandbox.magento.password", MagentoSandbox.ADMIN_PASSWORD);
        properties.put("sandbox.commercelayer.base-uri", sandbox.commerceLayerBaseUri().toString());
        properties.put("sandbox.commercelayer.token-uri", sandbox.commerceLayerAuthUri() + "/oauth/token");
        properties.put("sandbox.commercelayer.client-id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        properties.put("sandbox.commercelayer.client-secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        environment.getPropertySources().addLast(new MapPropertySource("sandbox", properties));
        LOG.info("Sandbox started at {} with {} Magento products", sandbox.baseUri(), PRODUCTS);
    }

    /** Registered before every bean, so destroyed after all of them. */
    private synchronized void stopWith(ApplicationPreparedEvent prepared) {
        if (sandbox != null && prepared.getApplicationContext().getBeanFactory()
                instanceof DefaultListableBeanFactory factory) {
            factory.registerDisposableBean("commerceSandbox", this::stop);
        }
    }

    private synchronized void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
