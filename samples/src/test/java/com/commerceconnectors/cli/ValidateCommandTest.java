package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Map<String, String> ENV = Map.of(
            "SHOP_TOKEN", "shop-token-s3cr3t",
            "CONSUMER_SECRET", "consumer-s3cr3t",
            "ACCESS_TOKEN", "access-s3cr3t",
            "TOKEN_SECRET", "token-secret-s3cr3t");

    @TempDir
    Path dir;

    @Test
    void aValidDocumentExitsZeroAndPrintsNothingOnStandardOutput() throws IOException {
        Path file = write("valid.json", """
                {"name": "shop", "connector": "magento2", "baseUri": "https://shop.example.com/rest",
                 "auth": {"type": "oauth1", "signatureMethod": "HMAC-SHA256", "consumerKey": "ck",
                          "consumerSecret": "${env:CONSUMER_SECRET}", "accessToken": "${env:ACCESS_TOKEN}",
                          "accessTokenSecret": "${env:TOKEN_SECRET}"}}
                """);

        CliRun run = CliRun.run(ENV, "validate", "--connection", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(file + ": valid\n");
    }

    @Test
    void warningsAloneKeepTheDocumentValid() throws IOException {
        Path file = write("bearer.yaml", """
                name: shop
                connector: magento2
                baseUri: https://shop.example.com/rest
                auth: {type: bearer, token: "${env:SHOP_TOKEN}"}
                """);

        CliRun run = CliRun.run(ENV, "validate", "--connection", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().toList()).singleElement().satisfies(line ->
                assertThat(line).startsWith("warning: /auth/type: Magento 2.4.4 and later refuse integration tokens"));
        assertThat(run.err()).isEqualTo(file + ": valid, 1 warning\n");
    }

    @Test
    void anInvalidDocumentExitsTwoWithOneLinePerViolationErrorsFirst() throws IOException {
        Path file = write("invalid.json", """
                {"name": "shop", "connector": "magento2", "baseUri": "http://shop.example.com/rest",
                 "auth": {"type": "oauth1", "signatureMethod": "RSA-SHA256", "consumerKey": "ck",
                          "accessToken": "${env:ACCESS_TOKEN}", "relm": 1}}
                """);

        CliRun run = CliRun.run(ENV, "validate", "--connection", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(run.out().lines().toList()).containsExactly(
                "/auth/relm: unknown property (did you mean realm?); allowed here: type, signatureMethod, consumerKey,"
                        + " consumerSecret, accessToken, accessTokenSecret, privateKey, privateKeyPassphrase, realm",
                "/auth/privateKey: required when signatureMethod is RSA-SHA256",
                "warning: /baseUri: uses plain http: credentials and data cross the network unencrypted; use https",
                "warning: /auth/signatureMethod: Magento 2.4.4 and later accept only HMAC-SHA256 (no version accepts"
                        + " RSA-* or PLAINTEXT); use HMAC-SHA256 unless the shop runs 2.4.3 or older");
        assertThat(run.err()).isEqualTo(file + ": invalid, 2 errors, 2 warnings\n");
    }

    @Test
    void jsonOutputIsOneParsableObject() throws IOException {
        Path file = write("invalid.yaml", """
                name: shop
                connector: oro
                baseUri: https://oro.example.com
                auth:
                  type: wsse
                  username: admin
                """);

        CliRun run = CliRun.run(ENV, "validate", "--connection", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(run.out().lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("valid").isBoolean()).isTrue();
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("errors")).hasSize(1);
        assertThat(json.path("errors").get(0).path("pointer").asText()).isEqualTo("/auth/apiKey");
        assertThat(json.path("errors").get(0).path("rule").asText()).isEqualTo("required");
        assertThat(json.path("errors").get(0).path("message").asText()).isEqualTo("required when auth type is wsse");
        assertThat(json.path("warnings")).hasSize(1);
        assertThat(json.path("warnings").get(0).path("rule").asText()).isEqualTo("deprecated");
        assertThat(fieldNames(json)).containsExactly("valid", "errors", "warnings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonOutputOfAValidDocument() throws IOException {
        Path file = write("valid.yaml", """
                name: cl
                connector: commercelayer
                auth: {type: bearer, token: "${env:SHOP_TOKEN}"}
                """);

        CliRun run = CliRun.run(ENV, "validate", "--json", "--connection", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(run.out()).toString())
                .isEqualTo("{\"valid\":true,\"errors\":[],\"warnings\":[]}");
    }

    @Test
    void aMissingOrUnparsableFileIsAnInvalidDocument() throws IOException {
        CliRun missing = CliRun.run(ENV, "validate", "--connection", dir.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(missing.out()).isEqualTo("/: file not found\n");

        Path broken = write("broken.json", "{\"name\": \"x\",\n \"token\": s3cr3t-unquoted}\n");
        CliRun syntax = CliRun.run(ENV, "validate", "--connection", broken.toString());
        assertThat(syntax.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(syntax.out()).startsWith("/: invalid JSON at line 2, column ")
                .endsWith(": a value is not valid JSON (text values must be in double quotes)\n");
        assertThat(syntax.all()).doesNotContain("s3cr3t");
    }

    @Test
    void noSecretIsPrintedWhateverIsWrong() throws IOException {
        Path file = write("secrets.yaml", """
                name: "not valid!"
                connector: magento2
                baseUri: https://user:base-s3cr3t@shop.example.com/rest
                storeCode: 12
                auth:
                  type: oauth1
                  signatureMethod: RSA-SHA256
                  consumerKey: ck
                  consumerSecret: ${env:CONSUMER_SECRET}
                  accessToken: [literal-s3cr3t]
                  accessTokenSecret: enc:v1:bm90LWEtcmVhbC1zM2NyM3QtdmFsdWUtYXQtYWxs
                  privateKey: "-----BEGIN PRIVATE KEY-----\\nkey-s3cr3t\\n-----END PRIVATE KEY-----"
                """);
        for (List<String> args : List.of(
                List.of("validate", "--connection", file.toString()),
                List.of("validate", "--connection", file.toString(), "--json"),
                List.of("validate", "--verbose", "--connection", file.toString()))) {
            CliRun run = CliRun.run(Map.of("CONSUMER_SECRET", "consumer-s3cr3t", "CONNECTORS_SECRET_KEY",
                    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="), args.toArray(String[]::new));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
            assertThat(run.out()).contains("/name").contains("/storeCode").contains("/auth/accessToken");
            assertThat(run.all()).doesNotContain("s3cr3t").doesNotContain("bm90LWEtcmVhbC1zM2NyM3Q");
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
