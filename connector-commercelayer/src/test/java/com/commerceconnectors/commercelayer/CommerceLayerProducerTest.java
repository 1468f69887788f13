package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** list, get, fetchAll and the JSON:API details, over real HTTP against the sandbox organization. */
class CommerceLayerProducerTest extends SandboxCamelSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(60);
        startCamel();
        context.getRegistry().bind("store", integration());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void aPageCarriesMetaCountsAndEncodedBrackets() {
        Exchange ex = send("commercelayer:skus?connection=#store&pageSize=10&pageNumber=2&sort=code", null, Map.of());
        assertThat(ex.getException()).isNull();
        List<?> body = ex.getMessage().getBody(List.class);
        assertThat(body).hasSize(10);
        assertThat(map(map(body.get(0)).get("attributes")).get("code")).isEqualTo("SKU-000011");
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.TOTAL_COUNT, Long.class)).isEqualTo(60L);
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.PAGE_COUNT, Integer.class)).isEqualTo(6);
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.PAGE_NUMBER, Integer.class)).isEqualTo(2);
        String query = apiRequests().get(0).query();
        assertThat(query).contains("page%5Bnumber%5D=2").doesNotContain("[");
        assertThat(apiRequests().get(0).header("Accept")).contains("application/vnd.api+json");
    }

    @Test
    void fetchAllReadsEveryPageAndStopsAtTheLast() {
        Exchange ex = send("commercelayer:skus?connection=#store&fetchAll=true", null, Map.of());
        assertThat(ex.getException()).isNull();
        List<?> all = ex.getMessage().getBody(List.class);
        assertThat(all).hasSize(60);
        assertThat(all.stream().map(r -> map(r).get("id")).distinct()).hasSize(60);
        // 25 + 25 + 10: the short third page ends it, no fourth request
        assertThat(apiRequests()).hasSize(3);
        assertThat(cl.tokenRequests().requests()).isEqualTo(1);
    }

    @Test
    void filtersIncludesAndFieldsReachCommerceLayer() {
        Exchange ex = send("commercelayer:skus?connection=#store&filter=code_in=SKU-000002,SKU-000003&include=prices"
                + "&fields=skus:code,prices;prices:amount_cents,currency_code", null, Map.of());
        assertThat(ex.getException()).isNull();
        List<?> body = ex.getMessage().getBody(List.class);
        assertThat(body).extracting(r -> map(map(r).get("attributes")).get("code")).containsExactlyInAnyOrder("SKU-000002", "SKU-000003");
        Map<String, Object> prices = map(map(map(body.get(0)).get("relationships")).get("prices"));
        List<?> data = (List<?>) prices.get("data");
        assertThat(data).isNotEmpty();
        assertThat(map(map(data.get(0)).get("attributes"))).containsKey("amount_cents").doesNotContainKey("sku_code");
    }

    @Test
    void getReadsOneRecordByIdFromHeaderOrBody() {
        String id = cl.skuByCode("SKU-000007").orElseThrow().id();
        Exchange byHeader = send("commercelayer:skus?connection=#store&operation=get", null,
                Map.of(CommerceLayerConstants.RESOURCE_ID, id));
        assertThat(map(map(byHeader.getMessage().getBody()).get("attributes")).get("code")).isEqualTo("SKU-000007");
        Exchange byBody = send("commercelayer:skus?connection=#store&operation=get", id, Map.of());
        assertThat(map(byBody.getMessage().getBody()).get("id")).isEqualTo(id);
    }

    @Test
    void aMissingRecordIsNotFoundWithCommerceLayersWords() {
        ApiException e = failure(send("commercelayer:skus?connection=#store&operation=get", "NoSuchSku1", Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.advice()).get().asString().contains("No record has this id");
    }

    @Test
    void aBadFilterIsAValidationErrorNamingTheParameter() {
        ApiException e = failure(send("commercelayer:skus?connection=#store&filter=colour_eq=red", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage()).contains("colour");
        assertThat(e.advice()).get().asString().contains("ransack");
    }

    @Test
    void rawCallsAnyPath() {
        String id = cl.skuByCode("SKU-000001").orElseThrow().id();
        Exchange ex = send("commercelayer:skus?connection=#store&operation=raw", null,
                Map.of(CommerceLayerConstants.HTTP_PATH, "skus/" + id + "/prices"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(CommerceLayerConstants.HTTP_STATUS, Integer.class)).isEqualTo(200);
        assertThat(map(ex.getMessage().getBody())).containsKey("data");
    }

    @Test
    void endpointOptionsAloneMakeAWorkingConnection() {
        String uri = "commercelayer:skus?baseUri=" + sandbox.commerceLayerBaseUri() + "&tokenUri=" + tokenUri()
                + "&clientId=" + com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID
                + "&clientSecret=RAW(" + com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET
                + ")&pageSize=5";
        Exchange ex = send(uri, null, Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(List.class)).hasSize(5);
    }
}
