package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/** get_list on the back-office API: paging, totalCount, sorting, filters and their errors. */
class PagingAndFiltersTest extends OroFixture {

    @BeforeEach
    void seed() {
        oro.seedProducts(25);
    }

    @Test
    void pagesOfTenByDefaultUntilAnEmptyPage() {
        Set<String> skus = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int page = 1; ; page++) {
            OroHttp.Reply reply = http.get("/admin/api/products?" + q("page[number]=" + page), http.admin());
            assertThat(reply.status()).isEqualTo(200);
            JsonNode data = reply.json().path("data");
            sizes.add(data.size());
            if (data.isEmpty()) {
                break;
            }
            data.forEach(p -> skus.add(p.at("/attributes/sku").asText()));
        }

        assertThat(sizes).containsExactly(10, 10, 5, 0);
        assertThat(skus).hasSize(25).contains("ORO-000001", "ORO-000025");
    }

    @Test
    void totalCountOnlyWhenAskedFor() {
        OroHttp.Reply counted = http.send("GET", "/admin/api/products?" + q("page[size]=5&filter[id][gte]=3"),
                http.admin(), null, null, "X-Include", "totalCount");
        OroHttp.Reply plain = http.get("/admin/api/products", http.admin());

        assertThat(counted.header("X-Include-Total-Count")).isEqualTo("23");
        assertThat(counted.json().path("data").size()).isEqualTo(5);
        assertThat(plain.header("X-Include-Total-Count")).isNull();
    }

    @Test
    void pageSizeMinusOneTurnsPagingOffAndAboveTheMaximumIsAnError() {
        OroHttp.Reply all = http.get("/admin/api/products?" + q("page[size]=-1"), http.admin());
        OroHttp.Reply tooLarge = http.get("/admin/api/products?" + q("page[size]=101"), http.admin());
        OroHttp.Reply notANumber = http.get("/admin/api/products?" + q("page[size]=ten"), http.admin());

        assertThat(all.json().path("data").size()).isEqualTo(25);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().at("/errors/0/source/parameter").asText()).isEqualTo("page[size]");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().at("/errors/0/title").asText()).isEqualTo("filter constraint");
        assertThat(notANumber.json().at("/errors/0/detail").asText())
                .isEqualTo("Expected integer value. Given \"ten\".");
    }

    @Test
    void linksLeadToTheNextPageAndStopAtTheLast() {
        JsonNode first = http.get("/admin/api/products?" + q("page[size]=10"), http.admin()).json();
        JsonNode third = http.get("/admin/api/products?" + q("page[size]=10&page[number]=3"), http.admin()).json();

        assertThat(first.at("/links/next").asText()).isEqualTo(http.root()
                + "/admin/api/products?page%5Bsize%5D=10&page%5Bnumber%5D=2");
        assertThat(first.at("/data/0/links/self").asText()).isEqualTo(http.root() + "/admin/api/products/1");
        assertThat(third.at("/links").has("next")).isFalse();
        assertThat(third.at("/links/prev").asText()).endsWith("page%5Bnumber%5D=2");
        JsonNode bare = http.send("GET", "/admin/api/products", http.admin(), null, null,
                "X-Include", "noHateoas").json();
        assertThat(bare.has("links")).isFalse();
        assertThat(bare.at("/data/0").has("links")).isFalse();
    }

    @Test
    void sortsByUpdatedAtThenIdOrDescendingById() {
        JsonNode byId = http.get("/admin/api/products?sort=-id&" + q("page[size]=3"), http.admin()).json();
        JsonNode byUpdated = http.get("/admin/api/products?sort=-updatedAt,id&" + q("page[size]=4"),
                http.admin()).json();

        assertThat(ids(byId)).containsExactly("25", "24", "23");
        // 25 shares its updatedAt with nobody after it; 22, 23, 24 share the one before.
        assertThat(ids(byUpdated)).containsExactly("25", "22", "23", "24");
        OroHttp.Reply badSort = http.get("/admin/api/products?sort=names", http.admin());
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().at("/errors/0/title").asText()).isEqualTo("sort constraint");
    }

    @Test
    void filtersOnEqualityListsRangesAndOperators() {
        assertThat(ids(list("filter[id]=5"))).containsExactly("5");
        assertThat(ids(list("filter[id]=5,7,9"))).containsExactly("5", "7", "9");
        assertThat(ids(list("filter[id]=5..8"))).containsExactly("5", "6", "7", "8");
        assertThat(ids(list("filter[id][gte]=23"))).containsExactly("23", "24", "25");
        assertThat(ids(list("filter[id][gt]=23"))).containsExactly("24", "25");
        assertThat(ids(list("filter[id][lt]=3"))).containsExactly("1", "2");
        assertThat(ids(list("filter[id][lte]=2"))).containsExactly("1", "2");
        assertThat(ids(list("filter[id][neq]=1&filter[id][lte]=3"))).containsExactly("2", "3");
        assertThat(ids(list("filter[sku]=ORO-000010"))).containsExactly("10");
        assertThat(ids(list("filter[status]=disabled"))).containsExactly("7", "14", "21");
        assertThat(ids(list("filter[featured]=yes&filter[id][lte]=10"))).containsExactly("5", "10");
        assertThat(ids(list("filter[owner]=1&filter[id]=1"))).containsExactly("1");
    }

    @Test
    void filtersOnDatesForIncrementalExports() {
        // updatedAt of ids 1-3 is EPOCH+10min, 4-6 +20min, ...: 2024-03-01T10:20:00Z is ids 4-6.
        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01T11:20:00Z&page[size]=100")))
                .containsExactly("22", "23", "24", "25");
        assertThat(ids(list("filter[updatedAt]=2024-03-01T10:20:00Z"))).containsExactly("4", "5", "6");
        assertThat(ids(list("filter[updatedAt]=2024-03-01T10:10:00Z..2024-03-01T10:20:00Z")))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(ids(list("filter[updatedAt][gt]=2024-03-01T12:20:00+01:00"))).containsExactly("25");
    }

    @Test
    void anUnknownFilterIsOrosFilterConstraintError() throws Exception {
        OroHttp.Reply reply = http.get("/admin/api/products?" + q("filter[x]=1"), http.admin());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).isEqualTo("application/vnd.api+json");
        assertThat(reply.json()).isEqualTo(OroHttp.JSON.readTree("{\"errors\":[{\"status\":\"400\","
                + "\"title\":\"filter constraint\",\"detail\":\"The filter is not supported.\","
                + "\"source\":{\"parameter\":\"filter[x]\"}}]}"));
    }

    @Test
    void aValueOfTheWrongTypeAndAnOperatorTheTypeDoesNotAllowAreErrors() {
        OroHttp.Reply notAnInteger = http.get("/admin/api/products?" + q("filter[id]=aaa"), http.admin());
        OroHttp.Reply containsOnString = http.get("/admin/api/products?" + q("filter[sku][contains]=ORO"),
                http.admin());
        OroHttp.Reply notADate = http.get("/admin/api/products?" + q("filter[updatedAt][gte]=yesterday"),
                http.admin());

        assertThat(notAnInteger.status()).isEqualTo(400);
        assertThat(notAnInteger.json().at("/errors/0/detail").asText())
                .isEqualTo("Expected integer value. Given \"aaa\".");
        assertThat(containsOnString.status()).isEqualTo(400);
        assertThat(containsOnString.json().at("/errors/0/detail").asText())
                .isEqualTo("The operator \"contains\" is not supported.");
        assertThat(notADate.json().at("/errors/0/detail").asText())
                .isEqualTo("Expected datetime value. Given \"yesterday\".");
    }

    @Test
    void includeAddsRelatedResourcesOnceAndFieldsCutAttributes() {
        JsonNode doc = list("include=owner,organization,unitPrecisions&fields[products]=sku,owner,unitPrecisions"
                + "&fields[users]=username&page[size]=3");

        JsonNode product = doc.at("/data/0");
        assertThat(product.path("attributes").fieldNames()).toIterable().containsExactly("sku");
        assertThat(product.path("relationships").fieldNames()).toIterable()
                .containsExactly("owner", "unitPrecisions");
        assertThat(product.at("/relationships/owner/data/type").asText()).isEqualTo("users");
        assertThat(product.at("/relationships/owner/data/id").asText()).isEqualTo("1");
        JsonNode included = doc.path("included");
        List<String> keys = new ArrayList<>();
        included.forEach(r -> keys.add(r.path("type").asText() + "#" + r.path("id").asText()));
        assertThat(keys).containsExactly("users#1", "organizations#1", "productunitprecisions#1",
                "productunitprecisions#2", "productunitprecisions#3");
        assertThat(included.get(0).path("attributes").fieldNames()).toIterable().containsExactly("username");
        assertThat(included.get(1).at("/attributes/name").asText()).isEqualTo("ORO");
        OroHttp.Reply badInclude = http.get("/admin/api/products?include=nothing", http.admin());
        assertThat(badInclude.status()).isEqualTo(400);
    }

    @Test
    void aProductLooksLikeOrosJsonApiResource() {
        JsonNode product = http.get("/admin/api/products/3", http.admin()).json().path("data");

        assertThat(product.path("type").asText()).isEqualTo("products");
        assertThat(product.path("id").isTextual()).isTrue();
        assertThat(product.at("/attributes/sku").asText()).isEqualTo("ORO-000003");
        assertThat(product.at("/attributes/names/0/string").asText()).isEqualTo("Sandbox product 3");
        assertThat(product.at("/attributes/createdAt").asText()).isEqualTo("2024-03-01T10:03:00Z");
        assertThat(product.at("/attributes/updatedAt").asText()).isEqualTo("2024-03-01T10:10:00Z");
        assertThat(product.at("/relationships/organization/data/id").asText()).isEqualTo("1");
        assertThat(product.at("/relationships/unitPrecisions/data/0/type").asText())
                .isEqualTo("productunitprecisions");
        assertThat(http.get("/admin/api/products/999", http.admin()).status()).isEqualTo(404);
        assertThat(http.get("/admin/api/products/999", http.admin()).json().at("/errors/0/title").asText())
                .isEqualTo("not found http exception");
    }

    @Test
    void relatedAndRelationshipEndpoints() {
        JsonNode owner = http.get("/admin/api/products/2/owner", http.admin()).json();
        JsonNode linkage = http.get("/admin/api/products/2/relationships/unitPrecisions", http.admin()).json();

        assertThat(owner.at("/data/attributes/username").asText()).isEqualTo("admin");
        assertThat(linkage.at("/data/0/id").asText()).isEqualTo("2");
    }

    @Test
    void touchingAProductMovesItToTheEndOfAnUpdatedAtExport() {
        oro.touchProduct(3);

        JsonNode doc = list("filter[updatedAt][gte]=2025-01-01T00:00:00Z");

        assertThat(ids(doc)).containsExactly("3");
        assertThat(doc.at("/data/0/attributes/updatedAt").asText()).isEqualTo("2025-06-02T08:00:00Z");
    }

    private JsonNode list(String readableQuery) {
        OroHttp.Reply reply = http.get("/admin/api/products?" + q(readableQuery), http.admin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
