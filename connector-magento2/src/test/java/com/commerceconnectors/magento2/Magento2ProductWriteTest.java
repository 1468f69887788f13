package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.store.StoreRegistry;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** create, update, delete and upsert of products against the sandbox store over loopback HTTP. */
class Magento2ProductWriteTest extends SandboxCamelSupport {

    private static final String PRODUCTS = "magento2:products?connection=#shop&operation=";

    /** A plain Java object as a route might carry it. */
    record NewProduct(String sku, String name, BigDecimal price, @JsonProperty("type_id") String typeId) {
    }

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(3);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
    }

    private Product product(String sku) {
        return magento.products().find(sku).orElseThrow(() -> new AssertionError("no product " + sku));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createPostsABareMapToStoreAllAndAnswersWithTheSavedProduct() {
        Exchange out = send(PRODUCTS + "create", Map.of("sku", "NEW-1", "name", "New one", "price", 12.5), Map.of());

        assertThat(out.getException()).isNull();
        Map<String, Object> saved = out.getMessage().getBody(Map.class);
        assertThat(saved).containsEntry("sku", "NEW-1").containsEntry("name", "New one").containsKey("id");
        assertThat(out.getMessage().getHeader(Magento2Constants.HTTP_STATUS, Integer.class)).isEqualTo(200);
        assertThat(out.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("created");
        var post = magento.requests().last().orElseThrow();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.routePath()).isEqualTo("/V1/products");
        assertThat(post.scope()).isEqualTo("all");
        assertThat(product("NEW-1").price()).isEqualByComparingTo("12.5");
    }

    @Test
    void createTakesAWrappedJsonStringAPojoAndASkuFromTheHeader() {
        send(PRODUCTS + "create", "{\"product\":{\"sku\":\"JSON-1\",\"name\":\"From JSON\",\"price\":3}}", Map.of());
        send(PRODUCTS + "create", new NewProduct("POJO-1", "From a record", new BigDecimal("4.50"), "virtual"), Map.of());
        Exchange fromHeader = send(PRODUCTS + "create", Map.of("name", "Keyed by header", "price", 5),
                Map.of(Magento2Constants.RESOURCE_KEY, "HDR-1"));

        assertThat(fromHeader.getException()).isNull();
        assertThat(product("JSON-1").name()).isEqualTo("From JSON");
        assertThat(product("POJO-1").typeId()).isEqualTo("virtual");
        assertThat(product("HDR-1").name()).isEqualTo("Keyed by header");
    }

    @Test
    void createOfAnExistingSkuOverwritesItAsMagentoSaveDoes() {
        String sku = magento.products().all().get(0).sku();
        long id = product(sku).id();
        Exchange out = send(PRODUCTS + "create", Map.of("sku", sku, "price", 99), Map.of());

        assertThat(out.getException()).isNull();
        assertThat(product(sku).id()).isEqualTo(id);
        assertThat(product(sku).price()).isEqualByComparingTo("99");
        assertThat(magento.products().size()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void updateChangesOnlyTheFieldsSentOfAnExistingProduct() {
        Product before = magento.products().all().get(1);
        Exchange out = send(PRODUCTS + "update", Map.of("price", 7.25),
                Map.of(Magento2Constants.RESOURCE_KEY, before.sku()));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("sku", before.sku());
        Product after = product(before.sku());
        assertThat(after.price()).isEqualByComparingTo("7.25");
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(requests("PUT", "/V1/products/")).isEqualTo(1);
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
    }

    @Test
    void updateOfAMissingProductIsNotFoundAndCreatesNothing() {
        Exchange out = send(PRODUCTS + "update", Map.of("sku", "GHOST", "name", "Ghost", "price", 1), Map.of());

        ApiException e = failure(out);
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).contains("GHOST").contains("operation=upsert");
        assertThat(magento.products().find("GHOST")).isEmpty();
        assertThat(requests("PUT", "/V1/products")).isZero();
    }

    @Test
    void aStoreCodeWritesThatStoreViewsValuesAndAllWritesTheGlobalOnes() {
        Product p = magento.products().all().get(2);
        send(PRODUCTS + "update&storeCode=default", Map.of("name", "Store view name"),
                Map.of(Magento2Constants.RESOURCE_KEY, p.sku()));
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("default");
        assertThat(product(p.sku()).name()).as("global name").isEqualTo(p.name());
        assertThat(product(p.sku()).attribute("name", StoreRegistry.DEFAULT_STORE_ID)).isEqualTo("Store view name");

        send(PRODUCTS + "update&storeCode=default", Map.of("name", "Global name"),
                Map.of(Magento2Constants.RESOURCE_KEY, p.sku(), Magento2Constants.STORE_CODE, "all"));
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
        assertThat(product(p.sku()).name()).isEqualTo("Global name");
    }

    @Test
    void deleteRemovesTheProductNamedByTheHeaderOrTheBodyAndAnswersTrue() {
        List<Product> all = magento.products().all();
        Exchange byHeader = send(PRODUCTS + "delete", null, Map.of(Magento2Constants.RESOURCE_KEY, all.get(0).sku()));
        Exchange byKeyBody = send(PRODUCTS + "delete", all.get(1).sku(), Map.of());
        Exchange byRecord = send(PRODUCTS + "delete", Map.of("sku", all.get(2).sku(), "name", "ignored"), Map.of());

        for (Exchange out : List.of(byHeader, byKeyBody, byRecord)) {
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getBody()).isEqualTo(Boolean.TRUE);
            assertThat(out.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("deleted");
        }
        assertThat(magento.products().size()).isZero();
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
    }

    @Test
    void deleteOfAMissingProductIsNotFoundAndSaysNothingWasDeleted() {
        ApiException e = failure(send(PRODUCTS + "delete", "NO-SUCH", Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).contains("Nothing was deleted").contains("NO-SUCH");
        assertThat(magento.products().size()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void upsertCreatesAMissingProductWithAPutThenUpdatesIt() {
        Exchange created = send(PRODUCTS + "upsert", Map.of("sku", "UP-1", "name", "Upserted", "price", 10), Map.of());
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("created");
        long id = product("UP-1").id();

        Exchange updated = send(PRODUCTS + "upsert", Map.of("product", Map.of("sku", "UP-1", "price", 11)), Map.of());
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(updated.getMessage().getBody(Map.class)).containsEntry("name", "Upserted");

        assertThat(product("UP-1").id()).isEqualTo(id);
        assertThat(product("UP-1").price()).isEqualByComparingTo("11");
        // a GET to learn which, and a PUT (repeatable) to write: never a POST
        assertThat(requests("GET", "/V1/products/UP-1")).isEqualTo(2);
        assertThat(requests("PUT", "/V1/products/UP-1")).isEqualTo(2);
        assertThat(requests("POST", "/V1/products")).isZero();
    }

    @Test
    void writesWithoutTheKeyTheyNeedFailBeforeSendingAnything() {
        int before = magento.requests().size();
        ApiException update = failure(send(PRODUCTS + "update", Map.of("price", 1), Map.of()));
        ApiException delete = failure(send(PRODUCTS + "delete", null, Map.of()));
        ApiException upsert = failure(send(PRODUCTS + "upsert", Map.of("name", "No SKU", "price", 1), Map.of()));

        for (ApiException e : List.of(update, delete, upsert)) {
            assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
            assertThat(e.status()).isZero();
            assertThat(e.getMessage()).contains("sku").contains(Magento2Constants.RESOURCE_KEY);
        }
        assertThat(magento.requests().size()).isEqualTo(before);
    }

    @Test
    void aHeaderKeyThatContradictsTheRecordAndBodiesThatAreNoRecordAreRefusedClearly() {
        ApiException mismatch = failure(send(PRODUCTS + "update", Map.of("sku", "A-1", "price", 1),
                Map.of(Magento2Constants.RESOURCE_KEY, "B-2")));
        assertThat(mismatch.getMessage()).contains("A-1").contains("B-2").contains("different");

        ApiException list = failure(send(PRODUCTS + "create", List.of(Map.of("sku", "L-1")), Map.of()));
        assertThat(list.getMessage()).contains("array").contains("split");

        ApiException broken = failure(send(PRODUCTS + "create", "{\"sku\": \"S-1\", \"secret-ish\": ", Map.of()));
        assertThat(broken.getMessage()).contains("not valid JSON").doesNotContain("secret-ish");

        ApiException empty = failure(send(PRODUCTS + "create", null, Map.of()));
        assertThat(empty.getMessage()).contains("body is empty");
        assertThat(magento.products().size()).isEqualTo(3);
    }

    @Test
    void theOperationHeaderSelectsAWriteAndNamesTheChoicesWhenWrong() {
        Exchange out = send("magento2:products?connection=#shop", Map.of("sku", "OP-1", "name", "Via header", "price", 2),
                Map.of(Magento2Constants.OPERATION, "upsert"));
        assertThat(out.getException()).isNull();
        assertThat(product("OP-1").name()).isEqualTo("Via header");

        Exchange wrong = send("magento2:products?connection=#shop", Map.of(), Map.of(Magento2Constants.OPERATION, "save"));
        assertThat(wrong.getException()).hasMessageContaining("upsert").hasMessageContaining("create");
    }
}
