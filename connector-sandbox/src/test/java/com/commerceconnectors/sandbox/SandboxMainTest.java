package com.commerceconnectors.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxMainTest {

    @Test
    void printsOneReadyLineWhoseCredentialsWork() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxMain.Options options = SandboxMain.Options.parse(new String[] {"--products", "25", "--customers",
            "3", "--orders", "4"});
        try (Sandbox sandbox = SandboxMain.launch(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed.lines()).hasSize(1);
            assertThat(printed).startsWith("SANDBOX READY {");
            JsonNode ready = new ObjectMapper().readTree(printed.substring("SANDBOX READY ".length()));
            JsonNode magento = ready.path("magento");
            assertThat(ready.path("baseUri").asText()).isEqualTo(sandbox.baseUri().toString());
            assertThat(magento.path("restUri").asText()).isEqualTo(sandbox.baseUri() + "/rest");

            HttpClient client = HttpClient.newHttpClient();
            String body = "{\"username\":\"" + magento.path("admin").path("username").asText() + "\",\"password\":\""
                    + magento.path("admin").path("password").asText() + "\"}";
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(
                            URI.create(magento.path("restUri").asText() + "/V1/integration/admin/token"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> product = client.send(HttpRequest.newBuilder(
                            URI.create(magento.path("restUri").asText() + "/V1/products/SBX-000025"))
                    .header("Authorization", "Bearer " + magento.path("bearerToken").asText()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            JsonNode integration = magento.path("integration");
            String productUrl = magento.path("restUri").asText() + "/V1/products/SBX-000001";
            String signed = oauthHeader(productUrl, integration);
            HttpResponse<String> oauthProduct = client.send(HttpRequest.newBuilder(URI.create(productUrl))
                    .header("Authorization", signed).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(product.statusCode()).isEqualTo(200);
            assertThat(integration.path("signatureMethod").asText()).isEqualTo("HMAC-SHA256");
            assertThat(integration.path("accessToken").asText()).isEqualTo(magento.path("bearerToken").asText());
            assertThat(oauthProduct.statusCode()).isEqualTo(200);
            assertThat(sandbox.magento().orders().size()).isEqualTo(4);
            assertThat(sandbox.magento().customers().size()).as("the sign-in customer plus 3").isEqualTo(4);
        }
    }

    /** HMAC-SHA256 over a GET without query, spelled out here so this test depends on no signer. */
    private static String oauthHeader(String url, JsonNode integration) throws Exception {
        String consumerKey = integration.path("consumerKey").asText();
        String token = integration.path("accessToken").asText();
        String nonce = "readyjson" + System.nanoTime();
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String parameters = "oauth_consumer_key=" + consumerKey + "&oauth_nonce=" + nonce
                + "&oauth_signature_method=HMAC-SHA256&oauth_timestamp=" + timestamp + "&oauth_token=" + token
                + "&oauth_version=1.0";
        String baseString = "GET&" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&"
                + URLEncoder.encode(parameters, StandardCharsets.UTF_8);
        String key = integration.path("consumerSecret").asText() + "&" + integration.path("accessTokenSecret").asText();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        return "OAuth oauth_consumer_key=\"" + consumerKey + "\", oauth_nonce=\"" + nonce
                + "\", oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"" + timestamp + "\", oauth_token=\""
                + token + "\", oauth_version=\"1.0\", oauth_signature=\""
                + URLEncoder.encode(signature, StandardCharsets.UTF_8) + "\"";
    }

    @Test
    void usageErrorsAreSentences() {
        assertThatThrownBy(() -> SandboxMain.Options.parse(new String[] {"--port"}))
                .hasMessage("option --port needs a value");
        assertThatThrownBy(() -> SandboxMain.Options.parse(new String[] {"--port", "http"}))
                .hasMessage("--port needs a whole number, not 'http'");
        assertThatThrownBy(() -> SandboxMain.Options.parse(new String[] {"--colour", "1"}))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> SandboxMain.Options.parse(new String[] {"--products", "-1"}))
                .hasMessage("--products must not be negative");
    }

    @Test
    void aTakenPortIsReportedPlainly() throws Exception {
        try (Sandbox first = Sandbox.start()) {
            assertThatThrownBy(() -> Sandbox.builder().port(first.port()).start())
                    .isInstanceOf(IOException.class)
                    .hasMessage("Cannot listen on 127.0.0.1:" + first.port() + ": the port is already in use");
        }
    }
}
