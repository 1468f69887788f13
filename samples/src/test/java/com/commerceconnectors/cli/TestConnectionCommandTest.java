package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** test-connection against a sandbox on loopback: verdicts, categories, exit codes, and no secret in any output. */
class TestConnectionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = Sandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        sandbox.magento().resetObservations();
    }

    @Test
    void aWorkingBearerConnectionIsOk() throws IOException {
        Path document = SandboxDocuments.bearer(dir, sandbox);

        CliRun run = CliRun.run(SandboxDocuments.ENV, "test-connection", "--connection", document.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("OK: Connected and authenticated");
        assertThat(lines).contains("  connector magento2, auth bearer, HTTP 200, " + latency(lines) + " ms");
        assertThat(run.out()).doesNotContain(MagentoSandbox.INTEGRATION_TOKEN);
        assertThat(sandbox.magento().apiCalls()).isEqualTo(1);
        assertThat(sandbox.magento().lastAuthorizationHeader()).contains("Bearer " + MagentoSandbox.INTEGRATION_TOKEN);
    }

    @Test
    void aWorkingRequestAuthConnectionPrintsTheContractObject() throws IOException {
        Path document = SandboxDocuments.admin(dir, sandbox);

        CliRun run = CliRun.run(SandboxDocuments.ENV, "test-connection", "--connection", document.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(1);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(fieldNames(verdict)).containsExactly("ok", "connector", "authType", "httpStatus", "latencyMs", "category",
                "message", "hint", "details");
        assertThat(verdict.path("ok").asBoolean()).isTrue();
        assertThat(verdict.path("connector").asText()).isEqualTo("magento2");
        assertThat(verdict.path("authType").asText()).isEqualTo("requestAuth");
        assertThat(verdict.path("httpStatus").asInt()).isEqualTo(200);
        assertThat(verdict.path("category").asText()).isEqualTo("OK");
        assertThat(verdict.path("hint").isNull()).isTrue();
        assertThat(verdict.path("details").path("storeViews").asInt()).isPositive();
        assertThat(sandbox.magento().tokenRequests(UserType.ADMIN)).isEqualTo(1);
        assertNoSecret(run.all());
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureAfterExactlyOneSignIn() throws IOException {
        Path document = SandboxDocuments.admin(dir, sandbox);
        Map<String, String> env = new HashMap<>(SandboxDocuments.ENV);
        env.put(SandboxDocuments.PASSWORD_VARIABLE, "wrong-pa55word");

        CliRun human = CliRun.run(env, "test-connection", "--connection", document.toString());
        assertThat(sandbox.magento().tokenRequests(UserType.ADMIN)).isEqualTo(1);
        CliRun json = CliRun.run(env, "test-connection", "--connection", document.toString(), "--json");

        assertThat(human.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(human.out()).startsWith("AUTHENTICATION: ").contains("  hint: ");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode verdict = JSON.readTree(json.out());
        assertThat(verdict.path("ok").asBoolean()).isFalse();
        assertThat(verdict.path("category").asText()).isEqualTo("AUTHENTICATION");
        assertThat(verdict.path("httpStatus").asInt()).isEqualTo(401);
        assertThat(verdict.path("hint").asText()).isNotBlank();
        assertThat(sandbox.magento().tokenRequests(UserType.ADMIN)).isEqualTo(2);
        assertThat(human.all() + json.all()).doesNotContain("wrong-pa55word");
    }

    @Test
    void anUnreachablePortIsANetworkFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path document = SandboxDocuments.admin(dir, "http://127.0.0.1:" + closedPort + "/rest");

        CliRun run = CliRun.run(SandboxDocuments.ENV, "test-connection", "--connection", document.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.path("category").asText()).isEqualTo("NETWORK");
        assertThat(verdict.path("httpStatus").isNull()).isTrue();
        assertThat(verdict.path("message").asText()).isNotBlank();
        assertNoSecret(run.all());
    }

    @Test
    void anInvalidDocumentExitsTwoWithItsViolations() throws IOException {
        Path document = SandboxDocuments.write(dir.resolve("broken.yaml"), """
                name: broken
                connector: magento2
                baseUri: not a uri
                auth: {type: requestAuth, username: admin}
                """);

        CliRun human = CliRun.run(Map.of(), "test-connection", "--connection", document.toString());
        CliRun json = CliRun.run(Map.of(), "test-connection", "--connection", document.toString(), "--json");

        assertThat(human.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).contains("is invalid").contains("/auth/password").contains("/baseUri");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        JsonNode verdict = JSON.readTree(json.out());
        assertThat(verdict.path("ok").asBoolean()).isFalse();
        assertThat(verdict.path("category").asText()).isEqualTo("CONFIGURATION");
        assertThat(verdict.path("details").path("violations").toString()).contains("/auth/password");
        assertThat(sandbox.magento().apiCalls()).isZero();
    }

    @Test
    void anOroConnectionIsTestedThroughTheOroComponentAndARefusedKeyGetsItsLikelyCausesInOrder() throws IOException {
        String template = """
                name: oro
                connector: oro
                baseUri: %s
                apiPath: /admin/api
                auth: {type: wsse, username: %s, apiKey: "${env:ORO_API_KEY}"}
                """.formatted(sandbox.oroUri(), com.commerceconnectors.sandbox.oro.OroSandbox.ADMIN_USERNAME);
        Path document = SandboxDocuments.write(dir.resolve("oro.yaml"), template);

        CliRun ok = CliRun.run(Map.of("ORO_API_KEY", com.commerceconnectors.sandbox.oro.OroSandbox.ADMIN_API_KEY),
                "test-connection", "--connection", document.toString(), "--json");
        CliRun refused = CliRun.run(Map.of("ORO_API_KEY", "0123456789abcdef-not-the-key"),
                "test-connection", "--connection", document.toString());

        assertThat(ok.exitCode()).as(ok.all()).isEqualTo(ExitCodes.OK);
        JsonNode verdict = JSON.readTree(ok.out());
        assertThat(verdict.path("connector").asText()).isEqualTo("oro");
        assertThat(verdict.path("authType").asText()).isEqualTo("wsse");
        assertThat(verdict.path("category").asText()).isEqualTo("OK");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.out()).startsWith("AUTHENTICATION").containsIgnoringCase("api key").containsIgnoringCase("clock");
        assertThat(ok.all() + refused.all()).doesNotContain(com.commerceconnectors.sandbox.oro.OroSandbox.ADMIN_API_KEY)
                .doesNotContain("0123456789abcdef-not-the-key");
    }

    @Test
    void verboseLogsHoldNeitherThePasswordNorTheToken() throws IOException {
        Path document = SandboxDocuments.admin(dir, sandbox);
        String log;
        CliRun run;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            run = CliRun.run(SandboxDocuments.ENV, "--verbose", "test-connection", "--connection", document.toString());
            log = stderr.text();
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(log).contains("DEBUG").contains("operation=testConnection");
        assertNoSecret(log + run.all());
    }

    /** Neither the admin password nor the token the sandbox issued for it (the last one it saw). */
    private static void assertNoSecret(String output) {
        assertThat(output).doesNotContain(MagentoSandbox.ADMIN_PASSWORD).doesNotContain(MagentoSandbox.INTEGRATION_TOKEN);
        sandbox.magento().lastAuthorizationHeader().map(h -> h.substring(h.indexOf(' ') + 1))
                .ifPresent(token -> assertThat(output).doesNotContain(token));
    }

    private static String latency(List<String> lines) {
        return lines.get(1).replaceAll(".* (\\d+) ms$", "$1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
