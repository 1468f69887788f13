package com.commerceconnectors.kamelets;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import org.apache.camel.main.KameletMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code camel run} parity: camel-kamelet-main, the runtime behind Camel JBang's {@code camel run}, runs a YAML route
 * file against the sandbox with {@code camel.jbang.dependencies} naming the artifact — what {@code --dep} sets. The
 * artifacts are on this JVM's class path (the packaged jars of this build), where camel-kamelet-main finds a
 * dependency before it would download one, and downloading is off, so nothing comes from a repository. (The runtime
 * also asks for Apache's own Kamelet catalog, org.apache.camel.kamelets:camel-kamelets; offline it logs that it could
 * not have it and goes on: these Kamelets do not need it.)
 */
class KameletMainIT {

    private static final String VERSION = System.getProperty("project.version");
    private static final int SEEDED = 6;

    @TempDir
    Path dir;

    Sandbox sandbox;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = Sandbox.start();
        sandbox.magento().seedProducts(SEEDED);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aYamlRouteWithAConnectionBeanRunsWithTheConnectorAsItsDependency() throws Exception {
        Path document = Files.writeString(dir.resolve("shop.yaml"), """
                name: shop
                connector: magento2
                baseUri: %s
                auth: {type: bearer, token: %s}
                """.formatted(sandbox.magentoRestUri(), MagentoSandbox.INTEGRATION_TOKEN));
        Path route = Files.writeString(dir.resolve("products.camel.yaml"), """
                - beans:
                    - name: shop
                      type: com.commerceconnectors.connection.Connection
                      factoryMethod: load
                      constructors:
                        0: "file:%s"
                - route:
                    from:
                      uri: magento2:products
                      parameters:
                        connection: "#shop"
                        stateFile: "%s"
                        delay: 600000
                      steps:
                        - marshal:
                            json: {}
                        - to: "file:%s?fileName=products.ndjson&fileExist=Append&appendChars=\\\\n"
                """.formatted(document, dir.resolve("products.state"), dir));

        List<String> lines = run(route, "mvn:com.commerceconnectors:connector-magento2:" + VERSION);

        assertThat(lines).hasSize(SEEDED).allSatisfy(l -> assertThat(l).contains("\"sku\""));
    }

    @Test
    void aYamlRouteReadsThroughTheMagento2SourceKameletOfTheKameletsJar() throws Exception {
        Path route = Files.writeString(dir.resolve("kamelet.camel.yaml"), """
                - route:
                    from:
                      uri: kamelet:magento2-source
                      parameters:
                        resource: products
                        baseUri: "%s"
                        bearerToken: "%s"
                        stateFile: "%s"
                        delay: 600000
                      steps:
                        - to: "file:%s?fileName=products.ndjson&fileExist=Append&appendChars=\\\\n"
                """.formatted(sandbox.magentoRestUri(), MagentoSandbox.INTEGRATION_TOKEN,
                dir.resolve("kamelet.state"), dir));

        // the Kamelet names the connector in its spec.dependencies; the kamelets jar is the only --dep
        List<String> lines = run(route, "mvn:com.commerceconnectors:commerce-connectors-kamelets:" + VERSION);

        assertThat(lines).hasSize(SEEDED).allSatisfy(l -> assertThat(l).contains("\"sku\""));
    }

    /** Runs the route file on camel-kamelet-main until it wrote every product, then stops it. */
    private List<String> run(Path route, String dependency) throws Exception {
        assertThat(VERSION).as("project.version").isNotBlank();
        Path out = dir.resolve("products.ndjson");
        // the instance type only names the runtime in Camel's consoles and status output
        KameletMain main = new KameletMain("kamelet-main-it");
        main.setDownload(false);
        main.addInitialProperty("camel.jbang.dependencies", dependency);
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + route);
        main.addInitialProperty("camel.main.name", "kamelet-main-it");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                main.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "kamelet-main");
        runner.start();
        try {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> failure.get() != null || !runner.isAlive() || lines(out).size() >= SEEDED);
            assertThat(failure.get()).as("camel-kamelet-main failed").isNull();
            assertThat(runner.isAlive()).as("camel-kamelet-main still running").isTrue();
            assertThat(main.getCamelContext().getRoutes()).hasSize(expectedRoutes(route));
            return lines(out);
        } finally {
            main.completed();
            runner.join(Duration.ofSeconds(60).toMillis());
        }
    }

    private static int expectedRoutes(Path route) {
        // a kamelet: endpoint adds the Kamelet's own route beside the route that uses it
        return route.getFileName().toString().startsWith("kamelet") ? 2 : 1;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }
}
