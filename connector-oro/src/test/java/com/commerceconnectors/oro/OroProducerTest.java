package com.commerceconnectors.oro;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.oro.data.Resource;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** list and get against the sandbox's back-office API with WSSE, over loopback HTTP. */
class OroProducerTest extends OroSandboxSupport {

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

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Exchange e) {
        return (List<Map<String, Object>>) e.getMessage().getBody(List.class);
    }

    @Test
    void listReadsOnePageWithTheTotalAndTheIncludedOwnerResolvedIntoEachRecord() {
        oro.seedProducts(30);
        Exchange e = send("oro:products?pageSize=10&pageNumber=2&include=owner&sort=id", null, Map.of());
        assertThat(e.getException()).isNull();
        List<Map<String, Object>> records = list(e);
        assertThat(records).hasSize(10);
        assertThat(records.get(0).get("id")).isEqualTo("11");
        assertThat(e.getMessage().getHeader(OroConstants.TOTAL_COUNT, Long.class)).isEqualTo(30L);
        assertThat(e.getMessage().getHeader(OroConstants.PAGE_NUMBER, Integer.class)).isEqualTo(2);
        Map<String, Object> owner = map(map(map(records.get(0).get("relationships")).get("owner")).get("data"));
        assertThat(owner.get("type")).isEqualTo("users");
        assertThat(map(owner.get("attributes")).get("username")).isEqualTo("admin");
        // Oro's media type both ways
        assertThat(requests("GET", "/admin/api/products").get(0).header("Accept")).contains("application/vnd.api+json");
    }

    @Test
    void fetchAllReadsEveryPageAndStopsAtTheTotalWithoutAnEmptyExtraRequest() {
        oro.seedProducts(250);
        Exchange e = send("oro:products?pageSize=100&fetchAll=true", null, Map.of());
        assertThat(e.getException()).isNull();
        Set<Object> ids = new HashSet<>();
        list(e).forEach(r -> ids.add(r.get("id")));
        assertThat(ids).hasSize(250);
        assertThat(e.getMessage().getHeader(OroConstants.TOTAL_COUNT, Long.class)).isEqualTo(250L);
        assertThat(requests("GET", "/admin/api/products")).hasSize(3);
    }

    @Test
    void fetchAllOfAnExactMultipleEndsOnTheTotalCount() {
        oro.seedProducts(200);
        Exchange e = send("oro:products?pageSize=100&fetchAll=true", null, Map.of());
        assertThat(list(e)).hasSize(200);
        assertThat(requests("GET", "/admin/api/products")).hasSize(2);
    }

    @Test
    void filtersAndSparseFieldsetsGoToOroInItsOwnSyntax() {
        oro.seedProducts(20);
        Exchange e = send("oro:products?filter=sku:ORO-000003,ORO-000007;id:gte:5&fields=sku", null, Map.of());
        assertThat(e.getException()).isNull();
        List<Map<String, Object>> records = list(e);
        assertThat(records).extracting(r -> map(r.get("attributes")).get("sku")).containsExactly("ORO-000007");
        assertThat(map(records.get(0).get("attributes")).keySet()).containsExactly("sku");
        assertThat(requests("GET", "/admin/api/products").get(0).query())
                .contains("filter%5Bid%5D%5Bgte%5D=5").contains("fields%5Bproducts%5D=sku");
    }

    @Test
    void aFilterHeaderReplacesTheEndpointsFilter() {
        oro.seedProducts(5);
        Exchange e = send("oro:products?filter=sku:ORO-000001", null, Map.of(OroConstants.FILTER, "sku:ORO-000002"));
        assertThat(list(e)).extracting(r -> map(r.get("attributes")).get("sku")).containsExactly("ORO-000002");
    }

    @Test
    void getReadsOneRecordByIdFromTheHeaderOrTheBody() {
        List<Resource> seeded = oro.seedProducts(3);
        long id = seeded.get(1).id();
        Exchange byHeader = send("oro:products?operation=get&include=owner", null, Map.of(OroConstants.RESOURCE_ID, id));
        assertThat(byHeader.getException()).isNull();
        Map<String, Object> record = byHeader.getMessage().getBody(Map.class);
        assertThat(record.get("id")).isEqualTo(Long.toString(id));
        assertThat(map(record.get("attributes")).get("sku")).isEqualTo(seeded.get(1).attribute("sku").asText());
        Exchange byBody = send("oro:products?operation=get", Long.toString(id), Map.of());
        assertThat(map(byBody.getMessage().getBody(Map.class)).get("id")).isEqualTo(Long.toString(id));
    }

    @Test
    void aMissingRecordIsNotFoundWithOrosWordsAndAdvice() {
        ApiException e = failure(send("oro:products?operation=get", "999999", Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.platformMessage()).isPresent();
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("No record has this id"));
    }

    @Test
    void anUnsupportedFilterIsAValidationErrorNamingTheParameter() {
        ApiException e = failure(send("oro:products?filter=colour:red", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage()).contains("filter constraint").contains("filter[colour]");
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("does not support this filter"));
    }

    @Test
    void anOverlargePageIsRefusedAtStartNotByOro() {
        assertThatThrownBy(() -> send("oro:products?pageSize=500", null, Map.of()))
                .hasStackTraceContaining("pageSize=500 on oro:products is out of range: use 1 to 100");
        assertThat(oro.requests().entries()).isEmpty();
    }

    @Test
    void aDisabledApiIsA404ThatNamesTheApiFeatureAndTheApiPath() {
        oro.settings().apiEnabled(com.commerceconnectors.sandbox.oro.auth.ApiKind.BACK_OFFICE, false);
        ApiException e = failure(send("oro:products", null, Map.of()));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("apiPath (/admin/api now")
                .contains("API feature is enabled"));
    }

    @Test
    void rawCallsAnyPathBelowTheApiPath() {
        List<Resource> seeded = oro.seedProducts(1);
        Exchange e = send("oro:products?operation=raw", null, Map.of(OroConstants.HTTP_METHOD, "GET",
                OroConstants.HTTP_PATH, "products/" + seeded.get(0).id() + "?fields[products]=sku"));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.HTTP_STATUS, Integer.class)).isEqualTo(200);
        Map<String, Object> data = map(map(e.getMessage().getBody(Map.class)).get("data"));
        assertThat(map(data.get("attributes"))).containsOnlyKeys("sku");
    }
}
