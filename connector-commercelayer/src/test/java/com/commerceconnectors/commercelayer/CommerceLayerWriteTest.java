package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** create, update, upsert and delete in JSON:API, and Commerce Layer's refusals, over real HTTP. */
class CommerceLayerWriteTest extends SandboxCamelSupport {

    private static final String SKUS = "commercelayer:skus?connection=#store";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(3);
        startCamel();
        context.getRegistry().bind("store", integration());
        context.getRegistry().bind("shop", salesChannel());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void createTakesBareAttributesAndAnswersTheSavedResource() {
        Exchange ex = send(SKUS + "&operation=create", Map.of("code", "TSHIRT-M", "name", "T-shirt M"), Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.HTTP_STATUS)).isEqualTo(201);
        Map<String, Object> saved = map(ex.getMessage().getBody());
        assertThat(saved.get("type")).isEqualTo("skus");
        assertThat(cl.skuByCode("TSHIRT-M")).isPresent();
        var post = cl.requests().matching(r -> r.method().equals("POST") && r.path().endsWith("/api/skus")).get(0);
        assertThat(post.header("Content-Type")).get().asString().startsWith("application/vnd.api+json");
    }

    @Test
    void updatePatchesTheRecordNamedByTheHeader() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();
        Exchange ex = send(SKUS + "&operation=update", "{\"data\":{\"type\":\"skus\",\"attributes\":{\"name\":\"Renamed\"}}}",
                Map.of(CommerceLayerConstants.RESOURCE_ID, id));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(map(map(ex.getMessage().getBody()).get("attributes")).get("name")).isEqualTo("Renamed");
    }

    @Test
    void upsertFindsBySkuCodeThenUpdatesOrCreates() {
        Exchange first = send(SKUS + "&operation=upsert", Map.of("type", "skus", "attributes",
                Map.of("code", "SKU-000002", "name", "Second, renamed")), Map.of());
        assertThat(first.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(cl.skus()).isEqualTo(3);
        Exchange second = send(SKUS + "&operation=upsert", Map.of("code", "NEW-1", "name", "New"), Map.of());
        assertThat(second.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(cl.skus()).isEqualTo(4);
    }

    @Test
    void anExportedRecordCanBeWrittenBack() {
        Exchange read = send(SKUS + "&operation=get&include=prices", null,
                Map.of(CommerceLayerConstants.RESOURCE_ID, cl.skuByCode("SKU-000003").orElseThrow().id()));
        Map<String, Object> record = map(read.getMessage().getBody());
        map(record.get("attributes")).put("name", "Round trip");
        Exchange ex = send(SKUS + "&operation=upsert", record, Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("updated");
    }

    @Test
    void deleteRemovesTheRecord() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();
        Exchange ex = send(SKUS + "&operation=delete", id, Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME)).isEqualTo("deleted");
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(cl.sku(id)).isEmpty();
    }

    @Test
    void aTakenCodeIsAValidationErrorPointingAtTheAttribute() {
        ApiException e = failure(send(SKUS + "&operation=create", Map.of("code", "SKU-000001", "name", "Dup"), Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.getMessage()).contains("has already been taken").contains("/data/attributes/code");
        assertThat(e.advice()).get().asString().startsWith("Correct the record");
        // a POST refused by validation is not sent again
        assertThat(cl.requests().matching(r -> r.method().equals("POST") && r.path().endsWith("/api/skus"))).hasSize(1);
    }

    @Test
    void anIdThatDoesNotMatchTheBodyIsAConflict() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();
        String other = cl.skuByCode("SKU-000002").orElseThrow().id();
        Exchange ex = send(SKUS + "&operation=raw", "{\"data\":{\"type\":\"skus\",\"id\":\"" + other
                + "\",\"attributes\":{\"name\":\"x\"}}}", Map.of(CommerceLayerConstants.HTTP_METHOD, "PATCH",
                CommerceLayerConstants.HTTP_PATH, "skus/" + id));
        ApiException e = failure(ex);
        assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(e.advice()).get().asString().contains("data.id");
    }

    @Test
    void aSalesChannelMayReadButNotWrite() {
        assertThat(send("commercelayer:skus?connection=#shop", null, Map.of()).getMessage().getBody(List.class)).hasSize(3);
        ApiException e = failure(send("commercelayer:skus?connection=#shop&operation=create",
                Map.of("code", "X-1", "name", "X"), Map.of()));
        assertThat(e.category()).isIn(ErrorCategory.AUTHENTICATION, ErrorCategory.AUTHORIZATION);
        assertThat(e.advice()).get().asString().containsAnyOf("sales-channel", "sales channel");
        assertThat(cl.skuByCode("X-1")).isEmpty();
    }
}
