package com.commerceconnectors.samples.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample as its README runs it, with the sandbox profile: every emulated Magento product becomes a Commerce Layer
 * SKU, and /actuator/health/readiness is UP with both connections' checks in it.
 */
class ShopSyncApplicationTest {

    @Test
    void theSandboxProfileSyncsEveryProductAndIsReady() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopSyncApplication.class)
                .listeners(new SandboxLauncher())
                .profiles("sandbox")
                // an argument, so that it outranks application-sandbox.yaml: the test stops the application itself
                .run("--shop-sync.stop-after-sync=false")) {
            SyncSummary summary = app.getBean(SyncSummary.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> summary.total() >= SandboxLauncher.PRODUCTS);
            assertThat(summary.created()).isEqualTo(SandboxLauncher.PRODUCTS);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(readiness.statusCode()).isEqualTo(200);
            JsonNode checks = new ObjectMapper().readTree(readiness.body())
                    .at("/components/commerceConnectors/details/checks");
            assertThat(checks.path("magento2-shop").path("state").asText()).isEqualTo("UP");
            assertThat(checks.path("commercelayer-catalog").path("state").asText()).isEqualTo("UP");
        }
    }
}
