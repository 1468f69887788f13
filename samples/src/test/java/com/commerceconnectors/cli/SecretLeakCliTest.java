package com.commerceconnectors.cli;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret leaves the process: every connector and auth type, through test-connection, export and import, with
 * logging at its most verbose (our code and Camel at DEBUG, Apache HttpClient — wire and header logs included — at
 * TRACE). Searched: every log line, standard output and error, and the files written. Secrets are the sandbox's
 * credentials; issued tokens are JWTs, whose encoded header always starts with {@code eyJ}.
 */
class SecretLeakCliTest {

    private static Sandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.builder().start();
        sandbox.magento().seedProducts(120);
        sandbox.oro().seedProducts(120);
        sandbox.commerceLayer().seedSkus(60);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** name, resource, document, environment (the secrets) */
    static Stream<Arguments> connections() {
        String magento = sandbox.magentoRestUri().toString();
        String oro = sandbox.oroUri().toString();
        String cl = sandbox.commerceLayerBaseUri().toString();
        String clToken = sandbox.commerceLayerAuthUri() + "/oauth/token";
        return Stream.of(
                Arguments.of("magento2 requestAuth", "products", """
                        {"name":"m1","connector":"magento2","baseUri":"%s","auth":{"type":"requestAuth","userType":"admin",
                         "username":"admin","password":"${env:S1}"}}""".formatted(magento),
                        Map.of("S1", MagentoSandbox.ADMIN_PASSWORD)),
                Arguments.of("magento2 oauth1", "products", """
                        {"name":"m2","connector":"magento2","baseUri":"%s","auth":{"type":"oauth1","signatureMethod":"HMAC-SHA256",
                         "consumerKey":"%s","consumerSecret":"${env:S1}","accessToken":"${env:S2}","accessTokenSecret":"${env:S3}"}}"""
                        .formatted(magento, MagentoSandbox.INTEGRATION_CONSUMER_KEY),
                        Map.of("S1", MagentoSandbox.INTEGRATION_CONSUMER_SECRET, "S2", MagentoSandbox.INTEGRATION_TOKEN,
                                "S3", MagentoSandbox.INTEGRATION_TOKEN_SECRET)),
                Arguments.of("oro wsse", "products", """
                        {"name":"o1","connector":"oro","baseUri":"%s","apiPath":"/admin/api","auth":{"type":"wsse",
                         "username":"%s","apiKey":"${env:S1}"}}""".formatted(oro, OroSandbox.ADMIN_USERNAME),
                        Map.of("S1", OroSandbox.ADMIN_API_KEY)),
                Arguments.of("oro oauth2", "products", """
                        {"name":"o2","connector":"oro","baseUri":"%s","apiPath":"/admin/api","auth":{"type":"oauth2",
                         "grantType":"client_credentials","clientId":"%s","clientSecret":"${env:S1}"}}"""
                        .formatted(oro, OroSandbox.BACKOFFICE_CLIENT_ID), Map.of("S1", OroSandbox.BACKOFFICE_CLIENT_SECRET)),
                Arguments.of("commercelayer client_credentials", "skus", """
                        {"name":"c1","connector":"commercelayer","baseUri":"%s","auth":{"type":"oauth2",
                         "grantType":"client_credentials","clientId":"%s","clientSecret":"${env:S1}","tokenUri":"%s"}}"""
                        .formatted(cl, CommerceLayerSandbox.INTEGRATION_CLIENT_ID, clToken),
                        Map.of("S1", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET)),
                Arguments.of("commercelayer password", "skus", """
                        {"name":"c2","connector":"commercelayer","baseUri":"%s","auth":{"type":"oauth2","grantType":"password",
                         "clientId":"%s","scope":"%s","username":"%s","password":"${env:S1}","tokenUri":"%s"}}"""
                        .formatted(cl, CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, CommerceLayerSandbox.SALES_CHANNEL_SCOPE,
                                CommerceLayerSandbox.CUSTOMER_EMAIL, clToken),
                        Map.of("S1", CommerceLayerSandbox.CUSTOMER_PASSWORD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connections")
    void noSecretInAnyLogLineOutputOrFile(String name, String resource, String document, Map<String, String> env)
            throws Exception {
        Path doc = Files.writeString(dir.resolve("connection.json"), document);
        Path out = dir.resolve("out.ndjson");
        List<CliRun> runs = new ArrayList<>();
        String log;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            runs.add(CliRun.run(env, "--verbose", "test-connection", "--connection", doc.toString(), "--json"));
            // the most verbose HttpClient can be: wire and header logs too
            Configurator.setLevel("org.apache.hc", Level.TRACE);
            runs.add(CliRun.run(env, "--verbose", "export", "--connection", doc.toString(), "--resource", resource,
                    "--out", out.toString()));
            Configurator.setLevel("org.apache.hc", Level.TRACE);
            runs.add(CliRun.run(env, "--verbose", "import", "--connection", doc.toString(), "--resource", resource,
                    "--in", out.toString(), "--parallel", "2"));
            Configurator.setLevel("org.apache.hc", Level.TRACE);
            runs.add(CliRun.run(env, "--verbose", "validate", "--connection", doc.toString()));
            log = stderr.text();
        } finally {
            Configurator.setLevel("org.apache.hc", Level.WARN);
        }
        assertThat(runs.get(0).exitCode()).as(name + ": " + runs.get(0).all()).isZero();
        assertThat(log).as("debug logging was on").contains("DEBUG");
        StringBuilder everything = new StringBuilder(log);
        runs.forEach(r -> everything.append(r.all()));
        if (Files.exists(out)) {
            everything.append(Files.readString(out));
        }
        String text = everything.toString();
        for (String secret : env.values()) {
            assertThat(text).as(name + " leaks a secret").doesNotContain(secret);
        }
        assertThat(text).as(name + " leaks an issued token").doesNotContain("eyJ");
    }
}
