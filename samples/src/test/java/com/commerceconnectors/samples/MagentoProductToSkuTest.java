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
        Map<String, Object> sku = new MagentoProductToSku("CAT-1", "kgs").toSku(product("simple"));
        assertThat(sku).containsEntry("type", "skus");
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) sku.get("attributes");
        assertThat(attributes).containsEntry("code", "SBX-17").containsEntry("name", "Pioneer Duffle Bag")
                .containsEntry("description", "A big bag.").containsEntry("weight", new java.math.BigDecimal("1500.0"))
                .containsEntry("unit_of_weight", "gr").containsEntry("reference", "magento:17")
                .doesNotContainKey("do_not_ship");
        assertThat(sku.get("relationships").toString()).contains("shipping_categories").contains("CAT-1");
    }

    @Test
    void aVirtualProductDoesNotShipAndNeedsNoShippingCategory() {
        Map<String, Object> sku = new MagentoProductToSku("CAT-1", "lbs").toSku(product("virtual"));
        assertThat(sku.get("attributes").toString()).contains("do_not_ship=true").contains("weight=1.5").contains("unit_of_weight=lb");
        assertThat(sku).doesNotContainKey("relationships");
        assertThat(new MagentoProductToSku(" ", "kgs").toSku(product("simple"))).doesNotContainKey("relationships");
        assertThatThrownBy(() -> new MagentoProductToSku(null, "stone")).hasMessageContaining("kgs or lbs");
    }

    @Test
    void aProductWithoutSkuIsRefusedSayingWhichOne() {
        assertThatThrownBy(() -> new MagentoProductToSku().toSku(Map.of("id", 5, "name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product id 5");
    }
}
