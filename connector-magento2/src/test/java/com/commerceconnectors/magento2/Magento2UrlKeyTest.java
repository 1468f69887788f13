package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * URL keys as Magento keeps them (the sandbox's default, as Magento: unique per store): a new product without one
 * gets its name's, which another product may have already; the refusal says which field, what the key was made from
 * and what to do; with urlKeyFrom=sku new products take their SKU's key, and existing products keep theirs.
 */
class Magento2UrlKeyTest extends SandboxCamelSupport {

    private static final String PRODUCTS = "magento2:products?connection=#shop&operation=";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
    }

    private Object urlKey(String sku) {
        return magento.products().find(sku).orElseThrow().attribute("url_key", 0);
    }

    @Test
    void aNewProductWhoseNameIsTakenIsRefusedNamingTheFieldItsSourceAndTheFix() {
        send(PRODUCTS + "upsert", Map.of("sku", "SHIRT-S", "name", "Blue Shirt", "price", 20), Map.of());

        Exchange second = send(PRODUCTS + "upsert", Map.of("sku", "SHIRT-M", "name", "Blue Shirt", "price", 20), Map.of());

        ApiException e = failure(second);
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage()).contains("URL key for specified store already exists")
                .contains("made from its name 'Blue Shirt'").contains("urlKeyFrom=sku");
        assertThat(second.getMessage().getHeader(Magento2Constants.INVALID_FIELDS)).isEqualTo(List.of("url_key"));
        assertThat(magento.products().find("SHIRT-M")).isEmpty();
    }

    @Test
    void aSentKeyInUseIsNamedAsTheSource() {
        send(PRODUCTS + "create", Map.of("sku", "A-1", "name", "First", "price", 1), Map.of());

        Exchange clash = send(PRODUCTS + "create", Map.of("sku", "A-2", "name", "Second", "price", 1,
                "custom_attributes", List.of(Map.of("attribute_code", "url_key", "value", "first"))), Map.of());

        assertThat(failure(clash).getMessage()).contains("made from the record's url_key 'first'");
    }

    @Test
    void withUrlKeyFromSkuNewProductsSharingANameAreCreatedAndExistingOnesKeepTheirKeys() {
        send(PRODUCTS + "create", Map.of("sku", "OLD-1", "name", "Blue Shirt", "price", 20), Map.of());
        String options = "&urlKeyFrom=sku";

        Exchange viaUpsert = send(PRODUCTS + "upsert" + options, Map.of("sku", "Shirt M/L", "name", "Blue Shirt",
                "price", 20), Map.of());
        Exchange viaCreate = send(PRODUCTS + "create" + options, Map.of("sku", "SHIRT-XL", "name", "Blue Shirt",
                "price", 20), Map.of());
        Exchange existing = send(PRODUCTS + "upsert" + options, Map.of("sku", "OLD-1", "price", 25), Map.of());
        Exchange existingByCreate = send(PRODUCTS + "create" + options, Map.of("sku", "OLD-1", "price", 26), Map.of());
        Exchange ownKey = send(PRODUCTS + "create" + options, Map.of("sku", "OWN-1", "name", "Blue Shirt", "price", 1,
                "custom_attributes", List.of(Map.of("attribute_code", "url_key", "value", "my own key"))), Map.of());

        assertThat(List.of(viaUpsert, viaCreate, existing, existingByCreate, ownKey))
                .allSatisfy(x -> assertThat(x.getException()).isNull());
        assertThat(urlKey("Shirt M/L")).isEqualTo("shirt-m-l");
        assertThat(urlKey("SHIRT-XL")).isEqualTo("shirt-xl");
        assertThat(urlKey("OLD-1")).as("an existing product keeps its key").isEqualTo("blue-shirt");
        assertThat(urlKey("OWN-1")).isEqualTo("my-own-key");
        assertThat(viaUpsert.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(existing.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("updated");
    }
}
