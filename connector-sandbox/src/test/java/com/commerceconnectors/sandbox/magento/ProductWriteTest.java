package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProductWriteTest extends SandboxFixture {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-05-05T08:00:00Z"));
    private String token;

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
    }

    @Test
    void postCreatesAProductWithDefaultsAndServerTimestamps() {
        Reply reply = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"NEW-1\",\"name\":\"New one\","
                + "\"price\":12.5,\"custom_attributes\":[{\"attribute_code\":\"description\",\"value\":\"Hi\"},"
                + "{\"attribute_code\":\"not_an_attribute\",\"value\":\"dropped\"}]}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode product = reply.json();
        assertThat(product.path("id").asLong()).isPositive();
        assertThat(product.path("type_id").asText()).isEqualTo("simple");
        assertThat(product.path("attribute_set_id").asInt()).isEqualTo(4);
        assertThat(product.path("status").asInt()).isEqualTo(1);
        assertThat(product.path("price").asText()).isEqualTo("12.5");
        assertThat(product.path("created_at").asText()).isEqualTo("2025-05-05 08:00:00");
        assertThat(product.path("custom_attributes").toString()).contains("description").doesNotContain("dropped");
        assertThat(sandbox.magento().products().find("NEW-1")).isPresent();
    }

    @Test
    void postWithAKnownSkuUpdatesOnlyTheFieldsSentAndBumpsUpdatedAt() {
        sandbox.magento().seedProducts(1);
        Product before = sandbox.magento().products().find("SBX-000001").orElseThrow();
        clock.advance(Duration.ofMinutes(3));

        Reply reply = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"sbx-000001\",\"price\":\"7\"}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Product after = sandbox.magento().products().find("SBX-000001").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.price()).isEqualByComparingTo(new BigDecimal("7"));
        assertThat(reply.json().path("updated_at").asText()).isEqualTo("2025-05-05 08:03:00");
        assertThat(sandbox.magento().products().size()).isEqualTo(1);
    }

    @Test
    void putUsesTheUrlSkuAndCreatesWhenMissing() {
        Reply created = http.put("/all/V1/products/PUT-1", token,
                "{\"product\":{\"sku\":\"IGNORED\",\"name\":\"Put\",\"price\":3}}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("sku").asText()).isEqualTo("PUT-1");
        assertThat(sandbox.magento().products().find("IGNORED")).isEmpty();
    }

    @Test
    void skusWithSlashesTravelAsPercent2F() {
        http.put("/all/V1/products/A%2FB", token, "{\"product\":{\"name\":\"Slash\",\"price\":1}}");

        Reply reply = http.get("/all/V1/products/A%2FB", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("sku").asText()).isEqualTo("A/B");
        assertThat(http.get("/all/V1/products/A/B", token).status()).isEqualTo(404);
    }

    @Test
    void aPlusInAPathSkuIsASpaceBecauseMagentoUrlDecodesIt() {
        http.put("/all/V1/products/A%2BB", token, "{\"product\":{\"name\":\"Plus\",\"price\":1}}");

        assertThat(sandbox.magento().products().find("A+B")).isPresent();
        assertThat(http.get("/all/V1/products/A+B", token).status()).isEqualTo(404);
        assertThat(http.get("/all/V1/products/A%2BB", token).status()).isEqualTo(200);
    }

    @Test
    void deleteAnswersTrueThenTheProductIsGone() {
        sandbox.magento().seedProducts(1);

        Reply deleted = http.delete("/all/V1/products/SBX-000001", token);
        Reply again = http.delete("/all/V1/products/SBX-000001", token);
        Reply get = http.get("/all/V1/products/SBX-000001", token);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("true");
        assertThat(again.status()).isEqualTo(404);
        assertThat(get.body()).isEqualTo("{\"message\":\"The product that was requested doesn't exist. Verify the "
                + "product and try again.\"}");
    }

    @Test
    void validationErrorsAreShapedAsMagentoShapesThem() {
        Reply noName = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"X\",\"price\":1}}");
        Reply noPrice = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"X\",\"name\":\"X\"}}");
        Reply noProduct = http.post("/all/V1/products", token, "{\"sku\":\"X\"}");
        Reply unknownKey = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"X\",\"colour\":\"red\"}}");
        Reply badPrice = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"X\",\"price\":\"cheap\"}}");
        Reply noValue = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"X\",\"custom_attributes\":"
                + "[{\"attribute_code\":\"color\"}]}}");
        Reply longSku = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"" + "S".repeat(65)
                + "\",\"name\":\"n\",\"price\":1}}");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).isEqualTo("{\"message\":\"The \\\"%1\\\" attribute value is empty. Set the "
                + "attribute and try again.\",\"parameters\":[\"Product Name\"]}");
        assertThat(noPrice.json().path("parameters").get(0).asText()).isEqualTo("Price");
        assertThat(noProduct.json().path("parameters").path("fieldName").asText()).isEqualTo("product");
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.message()).isEqualTo("\"%fieldName\" is not supported. Correct the field name and "
                + "try again.");
        assertThat(badPrice.message()).isEqualTo("Error occurred during \"price\" processing. The \"cheap\" value's "
                + "type is invalid. The \"float\" type was expected. Verify and try again.");
        assertThat(noValue.message()).isEqualTo("Error occurred during \"custom_attributes\" processing. Value is "
                + "not set for attribute code \"color\"");
        assertThat(longSku.json().path("parameters").get(0).asInt()).isEqualTo(64);
        assertThat(sandbox.magento().products().size()).isZero();
    }

    @Test
    void writesNeedAJsonContentType() {
        Reply reply = http.execute(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.rest() + "/all/V1/products"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("{\"message\":\"Server cannot understand Content-Type HTTP header media "
                + "type %1\",\"parameters\":[\"text\\/plain\"]}");
    }

    @Test
    void categoryLinksAndCustomAttributesRoundTrip() {
        http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"CAT-1\",\"name\":\"In bags\",\"price\":4,"
                + "\"extension_attributes\":{\"category_links\":[{\"position\":0,\"category_id\":\"4\"}]},"
                + "\"custom_attributes\":[{\"attribute_code\":\"color\",\"value\":\"52\"}]}}");

        JsonNode product = http.get("/all/V1/products/CAT-1", token).json();

        assertThat(product.path("extension_attributes").path("category_links").get(0).path("category_id").asText())
                .isEqualTo("4");
        assertThat(product.path("custom_attributes").toString())
                .contains("{\"attribute_code\":\"category_ids\",\"value\":[\"4\"]}")
                .contains("{\"attribute_code\":\"color\",\"value\":\"52\"}");
    }
}
