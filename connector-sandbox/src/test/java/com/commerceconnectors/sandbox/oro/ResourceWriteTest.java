package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/** create, update, delete and their errors on the back-office API. */
class ResourceWriteTest extends OroFixture {

    private static final String NEW_PRODUCT = "{\"data\":{\"type\":\"products\",\"attributes\":{\"sku\":\"NEW-1\","
            + "\"names\":[{\"localization\":null,\"string\":\"New one\"}],\"status\":\"enabled\"},"
            + "\"relationships\":{\"owner\":{\"data\":{\"type\":\"users\",\"id\":\"1\"}}}}}";

    @BeforeEach
    void seed() {
        oro.seedProducts(3);
    }

    @Test
    void postCreatesWithTimestampsFromTheSandboxClock() {
        OroHttp.Reply reply = http.post("/admin/api/products", http.admin(), NEW_PRODUCT);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("id").asText()).isEqualTo("4");
        assertThat(reply.header("Location")).isEqualTo(http.root() + "/admin/api/products/4");
        assertThat(data.at("/attributes/sku").asText()).isEqualTo("NEW-1");
        assertThat(data.at("/attributes/productType").asText()).as("a default").isEqualTo("simple");
        assertThat(data.at("/attributes/createdAt").asText()).isEqualTo("2025-06-02T08:00:00Z");
        assertThat(data.at("/attributes/updatedAt").asText()).isEqualTo("2025-06-02T08:00:00Z");
        assertThat(data.at("/relationships/organization/data/id").asText()).as("the default organization")
                .isEqualTo("1");
        assertThat(oro.products()).isEqualTo(4);
        assertThat(http.get("/admin/api/products/4", http.admin()).json().at("/data/attributes/sku").asText())
                .isEqualTo("NEW-1");
    }

    @Test
    void patchChangesOnlyWhatIsSentAndMovesUpdatedAt() {
        clock.advance(Duration.ofMinutes(5));

        OroHttp.Reply reply = http.patch("/admin/api/products/2", http.admin(),
                "{\"data\":{\"type\":\"products\",\"id\":\"2\",\"attributes\":{\"status\":\"disabled\"}}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode attributes = reply.json().at("/data/attributes");
        assertThat(attributes.path("status").asText()).isEqualTo("disabled");
        assertThat(attributes.path("sku").asText()).isEqualTo("ORO-000002");
        assertThat(attributes.path("createdAt").asText()).isEqualTo("2024-03-01T10:02:00Z");
        assertThat(attributes.path("updatedAt").asText()).isEqualTo("2025-06-02T08:05:00Z");
    }

    @Test
    void patchWithAnotherIdOrTypeIsAConflict() {
        OroHttp.Reply otherId = http.patch("/admin/api/products/2", http.admin(),
                "{\"data\":{\"type\":\"products\",\"id\":\"3\",\"attributes\":{\"status\":\"disabled\"}}}");
        OroHttp.Reply otherType = http.patch("/admin/api/products/2", http.admin(),
                "{\"data\":{\"type\":\"users\",\"id\":\"2\",\"attributes\":{}}}");

        assertThat(otherId.status()).isEqualTo(409);
        assertThat(otherId.json().at("/errors/0/title").asText()).isEqualTo("conflict constraint");
        assertThat(otherId.json().at("/errors/0/source/pointer").asText()).isEqualTo("/data/id");
        assertThat(otherType.status()).isEqualTo(409);
        assertThat(http.get("/admin/api/products/3", http.admin()).json().at("/data/attributes/status").asText())
                .isEqualTo("enabled");
    }

    @Test
    void deleteAnswers204ThenTheProductIsGone() {
        OroHttp.Reply deleted = http.delete("/admin/api/products/2", http.admin());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(http.get("/admin/api/products/2", http.admin()).status()).isEqualTo(404);
        assertThat(http.delete("/admin/api/products/2", http.admin()).status()).isEqualTo(404);
        assertThat(http.patch("/admin/api/products/2", http.admin(),
                "{\"data\":{\"type\":\"products\",\"id\":\"2\"}}").status()).isEqualTo(404);
    }

    @Test
    void deleteListNeedsAFilterAndCountsWhatItDeleted() {
        OroHttp.Reply unfiltered = http.delete("/admin/api/products", http.admin());
        OroHttp.Reply filtered = http.send("DELETE", "/admin/api/products?" + q("filter[id]=1,3"), http.admin(),
                null, null, "X-Include", "deletedCount");

        assertThat(unfiltered.status()).isEqualTo(400);
        assertThat(filtered.status()).isEqualTo(204);
        assertThat(filtered.header("X-Include-Deleted-Count")).isEqualTo("2");
        assertThat(oro.products()).isEqualTo(1);
    }

    @Test
    void aDuplicateSkuIsOrosUniqueEntityConstraint() throws Exception {
        OroHttp.Reply reply = http.post("/admin/api/products", http.admin(),
                "{\"data\":{\"type\":\"products\",\"attributes\":{\"sku\":\"ORO-000001\"}}}");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json().at("/errors/0");
        assertThat(error.path("status").asText()).isEqualTo("400");
        assertThat(error.path("title").asText()).isEqualTo("unique entity constraint");
        assertThat(error.path("detail").asText()).isNotEmpty();
        assertThat(error.at("/source/pointer").asText()).isEqualTo("/data/attributes/sku");
        assertThat(oro.products()).isEqualTo(3);
        OroHttp.Reply patch = http.patch("/admin/api/products/2", http.admin(),
                "{\"data\":{\"type\":\"products\",\"id\":\"2\",\"attributes\":{\"sku\":\"ORO-000003\"}}}");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.json().at("/errors/0/title").asText()).isEqualTo("unique entity constraint");
    }

    @Test
    void concurrentCreatesOfOneSkuLeaveExactlyOneProduct() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                creates.add(() -> http.post("/admin/api/products", http.admin(), NEW_PRODUCT).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(creates)) {
                statuses.add(status.get());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(15);
            assertThat(oro.products()).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingSkuAnUnknownAttributeAndAWrongTypeAreValidationErrors() {
        OroHttp.Reply missing = http.post("/admin/api/products", http.admin(),
                "{\"data\":{\"type\":\"products\",\"attributes\":{\"status\":\"enabled\"}}}");
        OroHttp.Reply extra = http.post("/admin/api/products", http.admin(),
                "{\"data\":{\"type\":\"products\",\"attributes\":{\"sku\":\"X\",\"colour\":\"red\"}}}");
        OroHttp.Reply wrongType = http.post("/admin/api/products", http.admin(),
                "{\"data\":{\"type\":\"products\",\"attributes\":{\"sku\":\"X\",\"featured\":\"often\"}}}");
        OroHttp.Reply noData = http.post("/admin/api/products", http.admin(), "{\"meta\":{}}");
        OroHttp.Reply missingOwner = http.post("/admin/api/products", http.admin(),
                "{\"data\":{\"type\":\"products\",\"attributes\":{\"sku\":\"X\"},"
                        + "\"relationships\":{\"owner\":{\"data\":{\"type\":\"users\",\"id\":\"77\"}}}}}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/title").asText()).isEqualTo("not blank constraint");
        assertThat(missing.json().at("/errors/0/source/pointer").asText()).isEqualTo("/data/attributes/sku");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().at("/errors/0/title").asText()).isEqualTo("extra fields constraint");
        assertThat(extra.json().at("/errors/0/detail").asText()).contains("colour");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/errors/0/source/pointer").asText()).isEqualTo("/data/attributes/featured");
        assertThat(noData.status()).isEqualTo(400);
        assertThat(noData.json().at("/errors/0/source/pointer").asText()).isEqualTo("/data");
        assertThat(missingOwner.status()).isEqualTo(400);
        assertThat(missingOwner.json().at("/errors/0/source/pointer").asText())
                .isEqualTo("/data/relationships/owner/data");
        assertThat(oro.products()).isEqualTo(3);
    }

    @Test
    void writesInAnotherMediaTypeAre415() {
        OroHttp.Reply post = http.send("POST", "/admin/api/products", http.admin(), "application/json",
                NEW_PRODUCT);
        OroHttp.Reply withParameter = http.send("POST", "/admin/api/products", http.admin(),
                "application/vnd.api+json; charset=utf-8", NEW_PRODUCT);
        OroHttp.Reply patch = http.send("PATCH", "/admin/api/products/1", http.admin(), "text/plain",
                "{\"data\":{\"type\":\"products\",\"id\":\"1\"}}");

        assertThat(post.status()).isEqualTo(415);
        assertThat(post.json().at("/errors/0/status").asText()).isEqualTo("415");
        assertThat(withParameter.status()).isEqualTo(415);
        assertThat(patch.status()).isEqualTo(415);
        assertThat(oro.products()).isEqualTo(3);
    }

    @Test
    void anAcceptOfJsonApiOnlyWithParametersIs406AndAQualityValueIsFine() {
        OroHttp.Reply withExtension = http.getAccepting("/admin/api/products/1", http.admin(),
                "application/vnd.api+json; ext=bulk");
        OroHttp.Reply withQuality = http.getAccepting("/admin/api/products/1", http.admin(),
                "application/vnd.api+json;q=0.9, application/json;q=0.5");
        OroHttp.Reply anyType = http.getAccepting("/admin/api/products/1", http.admin(), "*/*");

        assertThat(withExtension.status()).isEqualTo(406);
        assertThat(withExtension.json().at("/errors/0/status").asText()).isEqualTo("406");
        assertThat(withQuality.status()).isEqualTo(200);
        assertThat(anyType.status()).isEqualTo(200);
        assertThat(anyType.header("Content-Type")).isEqualTo("application/vnd.api+json");
    }

    @Test
    void theStorefrontReadsProductsButDoesNotWriteThem() {
        String token = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD).json()
                .path("access_token").asText();

        OroHttp.Reply read = http.get("/api/products?" + q("page[size]=2"), OroHttp.Auth.bearer(token));
        OroHttp.Reply write = http.post("/api/products", OroHttp.Auth.bearer(token), NEW_PRODUCT);
        OroHttp.Reply users = http.get("/api/users", OroHttp.Auth.bearer(token));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data").size()).isEqualTo(2);
        assertThat(read.json().at("/data/0/links/self").asText()).isEqualTo(http.root() + "/api/products/1");
        assertThat(write.status()).isEqualTo(405);
        assertThat(users.status()).as("back-office users are not a storefront resource").isEqualTo(404);
    }

    @Test
    void ordersBelongToCustomers() {
        oro.seedCustomers(2);
        oro.seedOrders(6); // customers 1 (the sign-in one), 2, 3, round robin: 2 and 5 are customer 2's

        JsonNode doc = http.get("/admin/api/orders?include=customer&" + q("filter[customer]=2"), http.admin())
                .json();

        assertThat(doc.path("data").size()).isEqualTo(2);
        assertThat(doc.at("/data/0/relationships/customer/data/id").asText()).isEqualTo("2");
        assertThat(doc.at("/included/0/type").asText()).isEqualTo("customers");
        assertThat(doc.at("/data/0/attributes/currency").asText()).isEqualTo("USD");
    }
}
