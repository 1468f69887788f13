package com.commerceconnectors.samples.boot;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Magento product as the attributes of a Commerce Layer SKU: code is the product's sku, reference its id. */
public final class ProductToSku {

    /** The SKU for one exported product. */
    public Map<String, Object> toSku(Map<String, Object> product) {
        if (!(product.get("sku") instanceof String sku) || sku.isBlank()) {
            throw new IllegalArgumentException("a Magento product without a sku cannot become a SKU (product id "
                    + product.get("id") + ")");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("code", sku.strip());
        attributes.put("name", product.get("name") instanceof String name && !name.isBlank() ? name : sku);
        attributes.put("reference", "magento:" + product.get("id"));
        attributes.put("reference_origin", "magento2");
        return attributes;
    }
}
