package com.commerceconnectors.oro;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.oro.data.Resource;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** create, update, delete and upsert against the sandbox's back-office API, with Oro's media type and errors. */
class OroWriteTest extends OroSandboxSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("oro", wsseConnection());
        context.start();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> product(String sku, String name) {
        return Map.of("type", "products", "attributes", Map.of("sku", sku, "names", Map.of("default", name)),
                "relationships", Map.of("owner", Map.of("data", Map.of("type", "users", "id", "1"))));
    }

    @Test
    void createPostsAJsonApiDocumentAndAnswersWithTheSavedRecord() {
        Exchange e = send("oro:products?operation=create", product("NEW-1", "New"), Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(e.getMessage().getHeader(OroConstants.HTTP_STATUS)).isEqualTo(201);
        Map<String, Object> saved = e.getMessage().getBody(Map.class);
        assertThat(saved.get("id")).isNotNull();
        assertThat(map(saved.get("attributes")).get("sku")).isEqualTo("NEW-1");
        var post = requests("POST", "/admin/api/products").get(0);
        assertThat(post.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vnd.api+json"));
        assertThat(oro.products()).isEqualTo(1);
    }

    @Test
    void aDuplicateSkuIsAValidationErrorThatPointsAtTheAttributeAndSuggestsUpsert() {
        oro.seedProducts(1);
        ApiException e = failure(send("oro:products?operation=create", product("ORO-000001", "Twin"), Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage()).contains("unique").contains("/data/attributes/sku");
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("upsert"));
    }

    @Test
    void updatePatchesTheRecordNamedByTheHeaderAndRefusesADisagreeingBody() {
        Resource seeded = oro.seedProducts(1).get(0);
        String id = Long.toString(seeded.id());
        Exchange e = send("oro:products?operation=update",
                Map.of("attributes", Map.of("status", "disabled")), Map.of(OroConstants.RESOURCE_ID, id));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(map(e.getMessage().getBody(Map.class).get("attributes")).get("status")).isEqualTo("disabled");
        assertThat(requests("PATCH", "/admin/api/products/" + id)).hasSize(1);

        Exchange mismatch = send("oro:products?operation=update",
                Map.of("id", "77", "attributes", Map.of("status", "enabled")), Map.of(OroConstants.RESOURCE_ID, id));
        assertThat(mismatch.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must agree");
        assertThat(requests("PATCH", "/admin/api/products/")).hasSize(1);
    }

    @Test
    void deleteRemovesTheRecordAndAGetAfterwardsIsNotFound() {
        Resource seeded = oro.seedProducts(2).get(0);
        Exchange e = send("oro:products?operation=delete", null, Map.of(OroConstants.RESOURCE_ID, seeded.id()));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("deleted");
        assertThat(e.getMessage().getHeader(OroConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(oro.products()).isEqualTo(1);
        assertThat(failure(send("oro:products?operation=get", Long.toString(seeded.id()), Map.of())).category())
                .isEqualTo(ErrorCategory.NOT_FOUND);
    }

    @Test
    void upsertFindsByTheResourcesKeyAttributeThenUpdatesOrCreates() {
        oro.seedProducts(3);
        Exchange update = send("oro:products?operation=upsert", product("ORO-000002", "Renamed"), Map.of());
        assertThat(update.getException()).isNull();
        assertThat(update.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(map(update.getMessage().getBody(Map.class)).get("id")).isEqualTo("2");
        Exchange create = send("oro:products?operation=upsert", product("ORO-NEW", "Fresh"), Map.of());
        assertThat(create.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(oro.products()).isEqualTo(4);
        assertThat(requests("GET", "/admin/api/products").get(0).query()).contains("filter%5Bsku%5D=ORO-000002");
    }

    @Test
    void anExportedRecordWithIncludedResourcesCanBeUpsertedAsItIs() {
        oro.seedProducts(1);
        Exchange read = send("oro:products?operation=get&include=owner,organization", "1", Map.of());
        Map<String, Object> exported = read.getMessage().getBody(Map.class);
        assertThat(map(map(map(exported.get("relationships")).get("owner")).get("data"))).containsKey("attributes");
        Exchange upsert = send("oro:products?operation=upsert", exported, Map.of());
        assertThat(upsert.getException()).isNull();
        assertThat(upsert.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("updated");
    }

    @Test
    void upsertByIdForResourcesWithoutANaturalKey() {
        oro.seedUsers(1);
        Exchange e = send("oro:organizations?operation=upsert&keyAttribute=id",
                Map.of("id", "1", "attributes", Map.of("description", "Head office")), Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.WRITE_OUTCOME)).isEqualTo("updated");
    }

    @Test
    void aCreateWhoseOutcomeIsUnknownIsNeverSentAgain() {
        oro.faults().on("/admin/api/products").method("POST").times(1).respond(Fault.serverError());
        ApiException e = failure(send("oro:products?operation=create", product("ONCE-1", "Once"), Map.of()));
        assertThat(e.status()).isEqualTo(500);
        assertThat(requests("POST", "/admin/api/products")).hasSize(1);
    }

    @Test
    void aReadIsRetriedAfterA429WithRetryAfterAndSucceeds() {
        oro.seedProducts(3);
        oro.faults().on("/admin/api/products*").method("GET").times(2).respond(Fault.tooManyRequests(Duration.ofSeconds(3)));
        Exchange e = send("oro:products", null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(List.class)).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }
}
