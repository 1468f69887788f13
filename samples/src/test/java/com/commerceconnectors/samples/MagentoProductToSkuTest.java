package com.commerceconnectors.samples;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MagentoProductToSkuTest {

    private static Map<String, Object> product(String type) {
        return Map.of("id", 17, "sku", " SBX-17 ", "name", "Pioneer Duffle Bag", "type_id", type, "weight", 1.5,
                "custom_attributes", List.of(Map.of("attribute_code", "description",
                        "value", "<p>A <b>big</b>\n bag.</p>")));
    }

    @Test
    void aShippedProductBecomesASkuInItsShippingCategory() {
        Map<String, Object> sku = new MagentoProductToSku("CAT-1").toSku(product("simple"));
        assertThat(sku).containsEntry("type", "skus");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) sku.get("attributes");
        assertThat(attributes).containsEntry("code", "SBX-17").containsEntry("name", "Pioneer Duffle Bag")
                .containsEntry("description", "A big bag.").containsEntry("weight", 1.5)
                .containsEntry("unit_of_weight", "kg").containsEntry("reference", "magento:17")
                .doesNotContainKey("do_not_ship");
        assertThat(sku.get("relationships").toString()).contains("shipping_categories").contains("CAT-1");
    }

    @Test
    void aVirtualProductDoesNotShipAndNeedsNoShippingCategory() {
        Map<String, Object> sku = new MagentoProductToSku("CAT-1").toSku(product("virtual"));
        assertThat(sku.get("attributes").toString()).contains("do_not_ship=true");
        assertThat(sku).doesNotContainKey("relationships");
        assertThat(new MagentoProductToSku(" ").toSku(product("simple"))).doesNotContainKey("relationships");
    }

    @Test
    void aProductWithoutSkuIsRefusedSayingWhichOne() {
        assertThatThrownBy(() -> new MagentoProductToSku().toSku(Map.of("id", 5, "name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product id 5");
    }
}
