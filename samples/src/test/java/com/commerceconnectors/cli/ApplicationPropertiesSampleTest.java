package com.commerceconnectors.cli;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.BaseMainSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The application.properties sample: Camel Main declares the connection bean from a document and runs the route. */
class ApplicationPropertiesSampleTest {

    @TempDir
    Path dir;

    @Test
    void camelMainDeclaresTheConnectionBeanFromTheDocumentAndStartsTheSampleRoute() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            // the shipped document takes its secrets from the environment; this one is the sandbox's, written out
            Path document = dir.resolve("shop.yaml");
            Files.writeString(document, """
                    name: sandbox
                    connector: magento2
                    baseUri: %s
                    auth: {type: bearer, token: %s}
                    """.formatted(sandbox.magentoRestUri(), MagentoSandbox.INTEGRATION_TOKEN));
            Main main = new Main();
            main.setDefaultPropertyPlaceholderLocation("file:application.properties");
            main.addOverrideProperty("magento.connection", "file:" + document);
            main.addOverrideProperty("camel.main.routes-include-pattern", "file:routes/magento2-incremental-export.camel.yaml");
            main.addOverrideProperty("exportDir", dir.toString());
            main.configure().withDurationMaxSeconds(1);
            AtomicReference<Object> bean = new AtomicReference<>();
            AtomicReference<Integer> routes = new AtomicReference<>();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport support) {
                    bean.set(support.getCamelContext().getRegistry().lookupByName("magento"));
                    routes.set(support.getCamelContext().getRoutesSize());
                }
            });
            main.run();
            assertThat(bean.get()).isInstanceOfSatisfying(Connection.class, c -> {
                assertThat(c.connector()).isEqualTo(ConnectorType.MAGENTO2);
                assertThat(c.baseUri()).isEqualTo(sandbox.magentoRestUri());
            });
            assertThat(routes.get()).isEqualTo(1);
            assertThat(Files.readString(Path.of("application.properties")))
                    .contains("camel.beans.magento = #class:com.commerceconnectors.connection.Connection#load(");
        }
    }
}
