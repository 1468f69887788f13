package com.commerceconnectors.sandbox.magento.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product document from a REST write; {@code null} means "not sent". Custom attribute values are a
 * {@code String} or a {@code List<String>}.
 */
record ProductInput(String sku, String name, BigDecimal price, Integer status, Integer visibility, String typeId,
                    Integer attributeSetId, BigDecimal weight, Map<String, Object> customAttributes,
                    List<Integer> websiteIds, List<String> categoryIds) {
}
