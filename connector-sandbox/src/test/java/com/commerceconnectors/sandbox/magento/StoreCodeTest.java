package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCodeTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
        sandbox.magento().seedProducts(2);
        sandbox.magento().stores().addStoreView("de", "German");
    }

    @Test
    void everyStorePrefixReachesTheSameRoutes() {
        assertThat(http.get("/V1/products/SBX-000001", token).status()).isEqualTo(200);
        assertThat(http.get("/default/V1/products/SBX-000001", token).status()).isEqualTo(200);
        assertThat(http.get("/all/V1/products/SBX-000001", token).status()).isEqualTo(200);
        assertThat(http.get("/de/V1/products/SBX-000001", token).status()).isEqualTo(200);
    }

    @Test
    void indexPhpPrefixWorksLikeRewrittenUrls() {
        String url = sandbox.baseUri() + "/index.php/rest/all/V1/products/SBX-000001";
        Reply reply = http.execute(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build());

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void anUnknownStoreCodeMatchesNoRoute() {
        Reply reply = http.get("/nowhere/V1/products/SBX-000001", token);
        Reply admin = http.get("/admin/V1/products/SBX-000001", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("Request does not match any route.");
        assertThat(admin.status()).as("the admin store has no URL code; 'all' stands for it").isEqualTo(404);
    }

    @Test
    void theRequestLogRecordsTheStoreCodeOfEachRequest() {
        sandbox.magento().requests().clear();
        http.get("/V1/products/SBX-000001", token);
        http.get("/default/V1/products/SBX-000001", token);
        http.put("/all/V1/products/SBX-000001", token, "{\"product\":{\"price\":12}}");

        List<RecordedRequest> log = sandbox.magento().requests().entries();
        assertThat(log).extracting(RecordedRequest::scope).containsExactly(null, "default", "all");
        assertThat(log).extracting(RecordedRequest::routePath).containsOnly("/V1/products/SBX-000001");
        assertThat(log.get(2).method()).isEqualTo("PUT");
        assertThat(log.get(2).path()).isEqualTo("/rest/all/V1/products/SBX-000001");
    }

    @Test
    void writesThroughAStoreViewCreateOverridesThatOnlyThatViewSees() {
        Reply viaDefault = http.put("/V1/products/SBX-000001", token,
                "{\"product\":{\"name\":\"Default view name\",\"price\":99}}");

        assertThat(viaDefault.json().path("name").asText()).isEqualTo("Default view name");
        String global = http.get("/all/V1/products/SBX-000001", token).json().path("name").asText();
        assertThat(global).isNotEqualTo("Default view name");
        assertThat(http.get("/de/V1/products/SBX-000001", token).json().path("name").asText()).isEqualTo(global);
        assertThat(http.get("/all/V1/products/SBX-000001", token).json().path("price").asDouble())
                .as("price is a global attribute").isEqualTo(99.0);
        assertThat(sandbox.magento().products().find("SBX-000001").orElseThrow().storeValues())
                .containsOnlyKeys(1);
    }

    @Test
    void writesThroughAllChangeTheGlobalValueEveryViewWithoutOverrideSees() {
        http.put("/all/V1/products/SBX-000002", token, "{\"product\":{\"name\":\"Global name\"}}");

        assertThat(http.get("/default/V1/products/SBX-000002", token).json().path("name").asText())
                .isEqualTo("Global name");
        assertThat(http.get("/de/V1/products/SBX-000002", token).json().path("name").asText())
                .isEqualTo("Global name");
        assertThat(sandbox.magento().products().find("SBX-000002").orElseThrow().storeValues()).isEmpty();
    }

    @Test
    void searchesFilterOnTheStoreViewsValues() {
        http.put("/de/V1/products/SBX-000001", token, "{\"product\":{\"name\":\"Rucksack\"}}");

        Reply de = http.get(MagentoHttp.q("/de/V1/products?searchCriteria[filter_groups][0][filters][0][field]=name"
                + "&searchCriteria[filter_groups][0][filters][0][value]=Rucksack"), token);
        Reply all = http.get(MagentoHttp.q("/all/V1/products?searchCriteria[filter_groups][0][filters][0][field]="
                + "name&searchCriteria[filter_groups][0][filters][0][value]=Rucksack"), token);

        assertThat(SearchCriteriaTest.skus(de)).containsExactly("SBX-000001");
        assertThat(SearchCriteriaTest.skus(all)).isEmpty();
    }

    @Test
    void storeViewsAndConfigsDescribeTheInstallation() {
        Reply views = http.get("/V1/store/storeViews", token);
        Reply configs = http.get("/V1/store/storeConfigs", token);
        Reply one = http.get(MagentoHttp.q("/V1/store/storeConfigs?storeCodes[]=de"), token);

        assertThat(views.json()).extracting(node -> node.path("code").asText())
                .containsExactly("admin", "default", "de");
        assertThat(configs.json()).hasSize(2);
        assertThat(configs.json().get(0).path("base_url").asText()).isEqualTo(sandbox.baseUri() + "/");
        assertThat(configs.body()).as("PHP's json_encode escapes slashes").contains("http:\\/\\/127.0.0.1");
        assertThat(one.json()).hasSize(1);
        assertThat(one.json().get(0).path("code").asText()).isEqualTo("de");
    }
}
