package com.commerceconnectors.kamelets;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.main.KameletMain;
import org.apache.camel.main.download.DownloadListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel run} parity: camel-kamelet-main, the runtime behind Camel JBang's {@code camel run}, runs a YAML route
 * with the oro-source Kamelet against the sandbox, with {@code camel.jbang.dependencies} naming the connector as
 * {@code --dep} does. The connector is resolved through the runtime's dependency downloader (from the class path
 * here, as a packaged jar), and the Kamelet comes from classpath:kamelets, so nothing is fetched from a network.
 * (The runtime also asks for Apache's own Kamelet catalog, org.apache.camel.kamelets:camel-kamelets; with no
 * repository enabled it logs that it could not, and goes on: our Kamelets do not need it.)
 */
class KameletMainIT {

    static final Sandbox SANDBOX = KameletSandbox.start();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void aYamlRouteWithTheOroSourceRunsOnKameletMain(@TempDir Path dir) throws Exception {
        String version = projectVersion();
        Path route = Files.writeString(dir.resolve("oro-export.camel.yaml"), """
                - route:
                    id: oro-export
                    from:
                      uri: "kamelet:oro-source"
                      parameters:
                        baseUri: "{{sandbox.oro}}"
                        apiPath: /admin/api
                        username: "%s"
                        apiKey: "{{oro.apiKey}}"
                        stateFile: "%s"
                        settleTime: 0
                      steps:
                        - to: "seda:exported"
                """.formatted(OroSandbox.ADMIN_USERNAME, dir.resolve("oro.state")));
        List<String> resolved = new CopyOnWriteArrayList<>();
        List<String> downloaded = new CopyOnWriteArrayList<>();

        // only classpath:kamelets: the default location also names GitHub
        KameletMain main = new KameletMain("test", "classpath:kamelets");
        main.setDownload(true);
        main.setMavenCentralEnabled(false);
        main.setMavenApacheSnapshotEnabled(false);
        main.setDownloadListener(new Recorder(resolved, downloaded));
        main.addInitialProperty("camel.jbang.dependencies", "mvn:com.commerceconnectors:connector-oro:" + version);
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + route);
        main.addInitialProperty("sandbox.oro", SANDBOX.oroUri().toString());
        main.addInitialProperty("oro.apiKey", OroSandbox.ADMIN_API_KEY);
        List<String> bodies = new ArrayList<>();
        try {
            main.start();
            CamelContext camel = main.getCamelContext();
            ConsumerTemplate consumer = camel.createConsumerTemplate();
            int expected = KameletSandbox.records("oro", SANDBOX);
            for (int i = 0; i < expected; i++) {
                String body = consumer.receiveBody("seda:exported", 30_000, String.class);
                assertThat(body).as("record %d of %d", i + 1, expected).isNotNull();
                bodies.add(body);
            }
            assertThat(consumer.receiveBody("seda:exported", 500, String.class)).as("no record twice").isNull();
        } finally {
            main.stop();
        }

        assertThat(bodies).allSatisfy(b -> assertThat(b).contains("\"type\":\"products\""));
        assertThat(resolved).contains("com.commerceconnectors:connector-oro:" + version);
        assertThat(downloaded).doesNotContain("com.commerceconnectors:connector-oro:" + version);
    }

    private static String projectVersion() throws IOException {
        try (InputStream in = KameletMainIT.class.getResourceAsStream("/project.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    /** Records what the runtime resolved (from the class path or a repository) and what it actually downloaded. */
    private record Recorder(List<String> resolved, List<String> downloaded) implements DownloadListener {
        @Override
        public void onDownloadDependency(String groupId, String artifactId, String version) {
            resolved.add(groupId + ":" + artifactId + ":" + version);
        }

        @Override
        public void onDownloadedDependency(String groupId, String artifactId, String version) {
            downloaded.add(groupId + ":" + artifactId + ":" + version);
        }

        @Override
        public void onAlreadyDownloadedDependency(String groupId, String artifactId, String version) {
        }
    }
}
