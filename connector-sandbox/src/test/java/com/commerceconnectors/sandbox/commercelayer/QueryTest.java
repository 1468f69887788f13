package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

class QueryTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(30);
        token = http.integrationToken();
    }

    @Test
    void eqAndInFiltersSelectByCode() {
        JsonNode one = http.get(q("/skus?filter[q][code_eq]=SKU-000007"), token).json();
        JsonNode three = http.get(q("/skus?filter[q][code_in]=SKU-000001,SKU-000002,SKU-000030,NOPE"), token).json();

        assertThat(one.path("data")).hasSize(1);
        assertThat(one.path("data").get(0).path("attributes").path("code").asText()).isEqualTo("SKU-000007");
        assertThat(three.path("meta").path("record_count").asInt()).isEqualTo(3);
    }

    @Test
    void inAlsoTakesARailsArray() {
        JsonNode two = http.get(q("/skus?filter[q][code_in][]=SKU-000004&filter[q][code_in][]=SKU-000005"), token)
                .json();

        assertThat(two.path("meta").path("record_count").asInt()).isEqualTo(2);
    }

    @Test
    void timestampComparisonsSelectByUpdatedAt() {
        // Seeded SKUs share updated_at in groups of five: 2024-03-02T10:00, 10:05, ... (SKU 1-5, 6-10, ...).
        JsonNode gteq = http.get(q("/skus?filter[q][updated_at_gteq]=2024-03-02T10:20:00.000Z&page[size]=25"),
                token).json();
        JsonNode gt = http.get(q("/skus?filter[q][updated_at_gt]=2024-03-02T10:20:00Z"), token).json();
        JsonNode lt = http.get(q("/skus?filter[q][updated_at_lt]=2024-03-02T10:05:00Z"), token).json();

        assertThat(gteq.path("meta").path("record_count").asInt()).isEqualTo(10);
        assertThat(gt.path("meta").path("record_count").asInt()).isEqualTo(5);
        assertThat(lt.path("meta").path("record_count").asInt()).isEqualTo(5);
    }

    @Test
    void startAndContMatchIgnoringCaseAndOrCombinesAttributes() {
        JsonNode start = http.get(q("/skus?filter[q][code_start]=sku-00001&page[size]=25"), token).json();
        JsonNode cont = http.get(q("/skus?filter[q][name_or_code_cont]=HOODIE&page[size]=25"), token).json();

        assertThat(start.path("meta").path("record_count").asInt()).isEqualTo(10);
        assertThat(cont.path("meta").path("record_count").asInt()).isPositive();
        cont.path("data").forEach(sku -> assertThat(sku.path("attributes").path("name").asText()).contains("Hoodie"));
    }

    @Test
    void severalConditionsMustAllHold() {
        JsonNode body = http.get(q("/skus?filter[q][code_start]=SKU-00002&filter[q][pieces_per_pack_eq]=1"),
                token).json();

        body.path("data").forEach(sku -> {
            assertThat(sku.path("attributes").path("code").asText()).startsWith("SKU-00002");
            assertThat(sku.path("attributes").path("pieces_per_pack").asInt()).isEqualTo(1);
        });
        assertThat(body.path("meta").path("record_count").asInt()).isBetween(1, 9);
    }

    @Test
    void unknownFilterAttributesOrPredicatesAndBadValuesAreA400() {
        for (String filter : new String[] {"filter[q][colour_eq]=red", "filter[q][code_like]=x",
            "filter[code]=SKU-000001", "filter[q][updated_at_gt]=yesterday", "filter[q][pieces_per_pack_eq]=one"}) {
            Reply reply = http.get(q("/skus?" + filter), token);

            assertThat(reply.status()).as(filter).isEqualTo(400);
            assertThat(reply.firstError().path("code").asText()).as(filter)
                    .isIn("FILTER_NOT_ALLOWED", "INVALID_FILTER_VALUE");
        }
    }

    @Test
    void sortByUpdatedAtThenIdAscendingAndDescending() {
        List<String> ascending = ids(http.get(q("/skus?sort=updated_at,id&page[size]=25"), token).json());
        List<String> descending = ids(http.get(q("/skus?sort=-updated_at,-id&page[size]=25&page[number]=1"), token)
                .json());
        // ids tie-break under the id collation in force
        List<String> expected = cl.store().all("skus").stream()
                .sorted(Comparator.comparing(Resource::updatedAt)
                        .thenComparing(Resource::id, cl.settings().idCollation().order()))
                .map(Resource::id).toList();

        assertThat(ascending).isEqualTo(expected.subList(0, 25));
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed.subList(0, 25));
    }

    @Test
    void anUnknownSortFieldIsA400() {
        Reply reply = http.get("/skus?sort=colour", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("INVALID_SORT_CRITERIA");
    }

    @Test
    void includeAddsPricesAndStockItemsOnceWithLinkageInTheRelationships() {
        JsonNode body = http.get(q("/skus?filter[q][code_eq]=SKU-000003&include=prices,stock_items"), token).json();

        JsonNode sku = body.path("data").get(0);
        JsonNode prices = sku.path("relationships").path("prices").path("data");
        assertThat(prices).hasSize(2);
        assertThat(sku.path("relationships").path("stock_items").path("data")).hasSize(2);
        assertThat(sku.path("relationships").path("shipping_category").has("data")).isFalse();
        assertThat(sku.path("relationships").path("prices").path("links").path("related").asText())
                .endsWith("/api/skus/" + sku.path("id").asText() + "/prices");
        assertThat(body.path("included")).hasSize(4);
        JsonNode price = body.path("included").get(0);
        assertThat(price.path("type").asText()).isEqualTo("prices");
        assertThat(price.path("attributes").path("sku_code").asText()).isEqualTo("SKU-000003");
        assertThat(price.path("attributes").path("amount_cents").isIntegralNumber()).isTrue();
    }

    @Test
    void nestedIncludesFollowThePath() {
        JsonNode body = http.get(q("/skus?filter[q][code_eq]=SKU-000003&include=prices.price_list"), token).json();

        List<String> types = new ArrayList<>();
        body.path("included").forEach(r -> types.add(r.path("type").asText()));
        assertThat(types).containsExactlyInAnyOrder("prices", "prices", "price_lists", "price_lists");
    }

    @Test
    void anUnknownIncludeIsA400() {
        Reply reply = http.get("/skus?include=warehouses", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("INVALID_INCLUDE");
    }

    @Test
    void sparseFieldsetsLimitAttributesAndRelationships() {
        JsonNode sku = http.get(q("/skus?fields[skus]=code,name&page[size]=1"), token).json().path("data").get(0);

        List<String> names = new ArrayList<>();
        sku.path("attributes").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("code", "name");
        assertThat(sku.path("relationships").isEmpty()).isTrue();
        assertThat(sku.path("id").asText()).hasSize(10).matches("[A-Za-z][A-Za-z0-9]{9}");
    }

    @Test
    void unknownFieldsOrTypesAndUnknownParametersAreA400() {
        assertThat(http.get(q("/skus?fields[skus]=colour"), token).firstError().path("code").asText())
                .isEqualTo("INVALID_FIELD");
        assertThat(http.get(q("/skus?fields[widgets]=name"), token).firstError().path("code").asText())
                .isEqualTo("INVALID_RESOURCE");
        assertThat(http.get("/skus?limit=5", token).firstError().path("code").asText())
                .isEqualTo("PARAM_NOT_ALLOWED");
    }

    @Test
    void aSingleSkuHasItsAttributesTimestampsAndMeta() {
        String id = cl.skuByCode("SKU-000002").orElseThrow().id();

        Reply reply = http.get("/skus/" + id, token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("type").asText()).isEqualTo("skus");
        assertThat(data.path("links").path("self").asText())
                .isEqualTo(sandbox.commerceLayerBaseUri() + "/api/skus/" + id);
        assertThat(data.path("attributes").path("created_at").asText()).isEqualTo("2024-03-01T10:02:00.000Z");
        assertThat(data.path("attributes").path("updated_at").asText()).isEqualTo("2024-03-02T10:00:00.000Z");
        assertThat(data.path("attributes").path("metadata").isObject()).isTrue();
        assertThat(data.path("meta").path("mode").asText()).isEqualTo("test");
        assertThat(data.path("meta").path("organization_id").asText())
                .isEqualTo(CommerceLayerSandbox.ORGANIZATION_ID);
    }

    @Test
    void anUnknownIdIsA404RecordNotFound() {
        Reply reply = http.get("/skus/NoSuchSku1", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("RECORD_NOT_FOUND");
        assertThat(reply.firstError().path("status").asText()).isEqualTo("404");
    }

    @Test
    void relatedResourcesAreServedUnderTheResource() {
        String id = cl.skuByCode("SKU-000004").orElseThrow().id();

        JsonNode prices = http.get("/skus/" + id + "/prices", token).json();
        JsonNode category = http.get("/skus/" + id + "/shipping_category", token).json();

        assertThat(prices.path("data")).hasSize(2);
        assertThat(prices.path("meta").path("record_count").asInt()).isEqualTo(2);
        assertThat(category.path("data").path("attributes").path("name").asText()).isEqualTo("Merchandise");
    }

    @Test
    void relationshipLinkageListsOnlyIdentifiers() {
        String id = cl.skuByCode("SKU-000004").orElseThrow().id();

        JsonNode linkage = http.get("/skus/" + id + "/relationships/stock_items", token).json();

        assertThat(linkage.path("links").path("related").asText()).endsWith("/api/skus/" + id + "/stock_items");
        assertThat(linkage.path("data")).hasSize(2);
        assertThat(linkage.path("data").get(0).path("type").asText()).isEqualTo("stock_items");
        assertThat(linkage.path("data").get(0).has("attributes")).isFalse();
        assertThat(http.get("/skus/" + id + "/relationships/colours", token).status()).isEqualTo(404);
    }

    @Test
    void touchingASkuMovesItsUpdatedAtToTheSandboxClock() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();

        cl.touchSku(id);

        JsonNode body = http.get(q("/skus?filter[q][updated_at_gteq]=2025-06-01"), token).json();
        assertThat(ids(body)).containsExactly(id);
        assertThat(body.path("data").get(0).path("attributes").path("updated_at").asText())
                .isEqualTo("2025-06-02T08:00:00.000Z");
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
