package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WriteTest extends CommerceLayerFixture {

    private String token;
    private String shippingCategory;

    @BeforeEach
    void seed() {
        cl.seedSkus(3);
        token = http.integrationToken();
        shippingCategory = cl.store().all("shipping_categories").get(0).id();
    }

    @Test
    void postCreatesASkuWith201AndTheClockAsItsTimestamps() {
        Reply reply = http.post("/skus", token, "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"NEW-1\","
                + "\"name\":\"New one\",\"pieces_per_pack\":6,\"metadata\":{\"origin\":\"erp\"}},\"relationships\":"
                + "{\"shipping_category\":{\"data\":{\"type\":\"shipping_categories\",\"id\":\"" + shippingCategory
                + "\"}}}}}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Content-Type")).isEqualTo(ClHttp.JSON_API);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("id").asText()).matches("[A-Za-z][A-Za-z0-9]{9}");
        assertThat(data.path("attributes").path("code").asText()).isEqualTo("NEW-1");
        assertThat(data.path("attributes").path("pieces_per_pack").asInt()).isEqualTo(6);
        assertThat(data.path("attributes").path("metadata").path("origin").asText()).isEqualTo("erp");
        assertThat(data.path("attributes").path("created_at").asText()).isEqualTo("2025-06-02T08:00:00.000Z");
        assertThat(data.path("attributes").path("updated_at").asText()).isEqualTo("2025-06-02T08:00:00.000Z");
        assertThat(cl.skus()).isEqualTo(4);
        assertThat(cl.sku(data.path("id").asText()).orElseThrow().links().get("shipping_category"))
                .isEqualTo(shippingCategory);
    }

    @Test
    void aDuplicateCodeIs422TakenWithTheRealErrorShape() {
        Reply reply = http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"SKU-000001\",\"name\":\"Again\"}}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json()).isEqualTo(json("{\"errors\":[{\"title\":\"has already been taken\","
                + "\"detail\":\"code - has already been taken\",\"code\":\"VALIDATION_ERROR\",\"source\":"
                + "{\"pointer\":\"/data/attributes/code\"},\"status\":\"422\",\"meta\":{\"error\":\"taken\"}}]}"));
        assertThat(cl.skus()).isEqualTo(3);
    }

    @Test
    void missingRequiredAttributesAreAll422Blank() {
        Reply reply = http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"description\":\"x\"}}}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors")).hasSize(2);
        assertThat(reply.firstError().path("detail").asText()).isEqualTo("code - can't be blank");
        assertThat(reply.firstError().path("meta").path("error").asText()).isEqualTo("blank");
    }

    @Test
    void unknownOrReadOnlyAttributesAreA400AndWrongTypesA422() {
        Reply unknown = http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"A\",\"name\":\"A\",\"colour\":\"red\"}}}");
        Reply readOnly = http.post("/skus", token, "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"A\","
                + "\"name\":\"A\",\"created_at\":\"2020-01-01T00:00:00Z\"}}}");
        Reply wrongType = http.post("/skus", token, "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"A\","
                + "\"name\":\"A\",\"pieces_per_pack\":\"six\"}}}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.firstError().path("code").asText()).isEqualTo("PARAM_NOT_ALLOWED");
        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.firstError().path("source").path("pointer").asText())
                .isEqualTo("/data/attributes/pieces_per_pack");
        assertThat(cl.skus()).isEqualTo(3);
    }

    @Test
    void aBodyOfAnotherTypeIsA409() {
        Reply reply = http.post("/skus", token, "{\"data\":{\"type\":\"prices\",\"attributes\":{}}}");

        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void patchUpdatesTheSentAttributesAndBumpsUpdatedAt() {
        String id = cl.skuByCode("SKU-000002").orElseThrow().id();
        clock.advance(Duration.ofMinutes(3));

        Reply reply = http.patch("/skus/" + id, token, "{\"data\":{\"type\":\"skus\",\"id\":\"" + id
                + "\",\"attributes\":{\"name\":\"Renamed\"}}}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode attributes = reply.json().path("data").path("attributes");
        assertThat(attributes.path("name").asText()).isEqualTo("Renamed");
        assertThat(attributes.path("code").asText()).isEqualTo("SKU-000002");
        assertThat(attributes.path("updated_at").asText()).isEqualTo("2025-06-02T08:03:00.000Z");
        assertThat(cl.sku(id).orElseThrow().value("name")).isEqualTo("Renamed");
    }

    @Test
    void patchToAnotherSkusCodeIs422TakenAndAMismatchedIdIs409() {
        String id = cl.skuByCode("SKU-000002").orElseThrow().id();
        String other = cl.skuByCode("SKU-000003").orElseThrow().id();

        Reply taken = http.patch("/skus/" + id, token, "{\"data\":{\"type\":\"skus\",\"id\":\"" + id
                + "\",\"attributes\":{\"code\":\"SKU-000003\"}}}");
        Reply mismatch = http.patch("/skus/" + id, token, "{\"data\":{\"type\":\"skus\",\"id\":\"" + other
                + "\",\"attributes\":{\"name\":\"x\"}}}");

        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.firstError().path("meta").path("error").asText()).isEqualTo("taken");
        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(cl.sku(id).orElseThrow().value("code")).isEqualTo("SKU-000002");
    }

    @Test
    void patchOrDeleteOfAMissingSkuIs404() {
        Reply patch = http.patch("/skus/NoSuchSku1", token,
                "{\"data\":{\"type\":\"skus\",\"id\":\"NoSuchSku1\",\"attributes\":{\"name\":\"x\"}}}");
        Reply delete = http.delete("/skus/NoSuchSku1", token);

        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.firstError().path("code").asText()).isEqualTo("RECORD_NOT_FOUND");
        assertThat(delete.status()).isEqualTo(404);
    }

    @Test
    void deleteIs204AndTakesThePricesAndStockItemsWithIt() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();

        Reply reply = http.delete("/skus/" + id, token);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertThat(http.get("/skus/" + id, token).status()).isEqualTo(404);
        assertThat(cl.store().where("prices", "sku_code", "SKU-000001")).isEmpty();
        assertThat(cl.store().where("stock_items", "sku_code", "SKU-000001")).isEmpty();
        assertThat(cl.skus()).isEqualTo(2);
    }

    @Test
    void writesWithoutTheJsonApiContentTypeAre415() {
        Reply reply = http.send("POST", "/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"A\",\"name\":\"A\"}}}",
                ClHttp.JSON_API, "application/json");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(cl.skus()).isEqualTo(3);
    }

    @Test
    void aCharsetParameterOnTheContentTypeIsAccepted() {
        Reply reply = http.send("POST", "/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"A\",\"name\":\"A\"}}}",
                ClHttp.JSON_API, ClHttp.JSON_API + "; charset=utf-8");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void anAcceptOfPlainJsonIs406ButNoneOrAnyIsServed() {
        Reply json = http.send("GET", "/skus", token, null, "application/json", null);
        Reply none = http.send("GET", "/skus", token, null, null, null);
        Reply any = http.send("GET", "/skus", token, null, "*/*", null);

        assertThat(json.status()).isEqualTo(406);
        assertThat(json.firstError().path("code").asText()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(none.status()).isEqualTo(200);
        assertThat(any.status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400() {
        Reply reply = http.post("/skus", token, "{\"data\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void anUnknownResourceTypeIsA404() {
        Reply reply = http.get("/widgets", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).isEqualTo(ClHttp.JSON_API);
    }

    private static JsonNode json(String text) {
        try {
            return ClHttp.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
