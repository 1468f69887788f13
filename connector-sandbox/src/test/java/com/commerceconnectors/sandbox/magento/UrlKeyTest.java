package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ProductRepository::save behind both {@code POST /V1/products} and {@code PUT /V1/products/:sku}: it creates or
 * updates by SKU, a new product's URL key comes from its name, and with URL key uniqueness on (as in Magento) a
 * second product may not take a key another product has in the store.
 */
class UrlKeyTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
    }

    @Test
    void postAndPutBothCreateOrUpdateBySkuAndPutTakesTheSkuFromThePath() {
        Reply postCreated = http.post("/all/V1/products", token, product("BOTH-1", "Both ways", null));
        Reply putUpdated = http.put("/all/V1/products/BOTH-1", token,
                "{\"product\":{\"sku\":\"SOMETHING-ELSE\",\"price\":9}}");
        Reply putCreated = http.put("/all/V1/products/BOTH-2", token, product("BOTH-1", "Created by put", null));
        Reply postUpdated = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"BOTH-2\",\"price\":4}}");

        assertThat(putUpdated.json().path("id").asLong()).isEqualTo(postCreated.json().path("id").asLong());
        assertThat(putUpdated.json().path("price").asText()).isEqualTo("9");
        assertThat(putCreated.json().path("sku").asText()).isEqualTo("BOTH-2");
        assertThat(postUpdated.json().path("id").asLong()).isEqualTo(putCreated.json().path("id").asLong());
        assertThat(sandbox.magento().products().size()).isEqualTo(2);
        assertThat(sandbox.magento().products().find("SOMETHING-ELSE")).isEmpty();
    }

    @Test
    void aNewProductsUrlKeyIsItsNameFormattedAndASentKeyIsFormattedToo() {
        Reply derived = http.post("/all/V1/products", token, product("UK-1", "  Blue Café Mug -- 2 Pack! ", null));
        Reply sent = http.post("/all/V1/products", token, product("UK-2", "Whatever", "My Own_Key"));

        assertThat(urlKey(derived.json())).isEqualTo("blue-cafe-mug-2-pack");
        assertThat(urlKey(sent.json())).isEqualTo("my-own-key");
    }

    @Test
    void withUniqueUrlKeysOffTwoProductsMayShareAUrlKey() {
        sandbox.magento().settings().uniqueUrlKeys(false);
        http.post("/all/V1/products", token, product("DUP-1", "Same Name", null));

        Reply second = http.post("/all/V1/products", token, product("DUP-2", "Same name", null));

        assertThat(second.status()).isEqualTo(200);
        assertThat(urlKey(second.json())).isEqualTo("same-name");
    }

    @Test
    void byDefaultANewProductMayNotTakeAKeyInUseAsInMagento() {
        http.post("/all/V1/products", token, product("DUP-1", "Same Name", null));

        Reply sameName = http.post("/all/V1/products", token, product("DUP-2", "Same name", null));
        Reply sameKeyByPut = http.put("/all/V1/products/DUP-3", token, product(null, "Other", "same-name"));
        Reply ownKey = http.post("/all/V1/products", token, product("DUP-2", "Same name", "same-name-2"));

        assertThat(sameName.status()).isEqualTo(400);
        assertThat(sameName.body()).isEqualTo("{\"message\":\"URL key for specified store already exists.\"}");
        assertThat(sameKeyByPut.status()).isEqualTo(400);
        assertThat(ownKey.status()).isEqualTo(200);
        assertThat(sandbox.magento().products().find("DUP-3")).isEmpty();
    }

    @Test
    void anUpdateIsCheckedOnlyWhenItSendsAKey() {
        http.post("/all/V1/products", token, product("K-1", "First", null));
        http.post("/all/V1/products", token, product("K-2", "Second", null));

        Reply priceOnly = http.put("/all/V1/products/K-2", token, "{\"product\":{\"price\":2}}");
        Reply ownKeyAgain = http.put("/all/V1/products/K-2", token, product(null, null, "second"));
        Reply othersKey = http.put("/all/V1/products/K-2", token, product(null, null, "first"));

        assertThat(priceOnly.status()).isEqualTo(200);
        assertThat(ownKeyAgain.status()).isEqualTo(200);
        assertThat(othersKey.status()).isEqualTo(400);
        assertThat(othersKey.json().path("message").asText()).isEqualTo("URL key for specified store already exists.");
    }

    @Test
    void theSeededCatalogueHasUniqueKeys() {
        sandbox.magento().seedProducts(50);

        Reply created = http.post("/all/V1/products", token, product("NEW-1", "Brand new", null));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    private static String product(String sku, String name, String urlKey) {
        StringBuilder json = new StringBuilder("{\"product\":{\"price\":5");
        if (sku != null) {
            json.append(",\"sku\":\"").append(sku).append('"');
        }
        if (name != null) {
            json.append(",\"name\":\"").append(name).append('"');
        }
        if (urlKey != null) {
            json.append(",\"custom_attributes\":[{\"attribute_code\":\"url_key\",\"value\":\"").append(urlKey)
                    .append("\"}]");
        }
        return json.append("}}").toString();
    }

    private static String urlKey(JsonNode product) {
        for (JsonNode attribute : product.path("custom_attributes")) {
            if (attribute.path("attribute_code").asText().equals("url_key")) {
                return attribute.path("value").asText();
            }
        }
        return null;
    }
}
