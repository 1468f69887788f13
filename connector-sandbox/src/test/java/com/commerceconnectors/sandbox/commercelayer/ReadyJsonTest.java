package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyJsonTest extends CommerceLayerFixture {

    @Test
    void theReadyJsonNamesUrisAndCredentialsThatWork() throws Exception {
        cl.seedSkus(2);
        JsonNode ready = ClHttp.JSON.readTree(sandbox.readyJson()).path("commerceLayer");

        assertThat(ready.path("baseUri").asText()).isEqualTo(sandbox.baseUri() + "/commercelayer");
        assertThat(ready.path("authUri").asText()).isEqualTo(sandbox.baseUri() + "/commercelayer/auth");
        assertThat(ready.path("organization").asText()).isEqualTo("sandbox-org");
        JsonNode integration = ready.path("integration");
        JsonNode salesChannel = ready.path("salesChannel");
        String integrationToken = ClHttp.accessToken(http.token("grant_type", "client_credentials",
                "client_id", integration.path("clientId").asText(),
                "client_secret", integration.path("clientSecret").asText()));
        Reply customer = http.token("grant_type", "password", "client_id", salesChannel.path("clientId").asText(),
                "scope", salesChannel.path("scope").asText(),
                "username", salesChannel.path("customer").path("email").asText(),
                "password", salesChannel.path("customer").path("password").asText());

        assertThat(http.get("/skus", integrationToken).json().path("meta").path("record_count").asInt()).isEqualTo(2);
        assertThat(customer.status()).isEqualTo(200);
    }
}
