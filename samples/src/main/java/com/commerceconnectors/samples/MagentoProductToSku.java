package com.commerceconnectors.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a Magento 2 product (as the {@code magento2:} consumer delivers it) to a Commerce Layer SKU resource for
 * {@code commercelayer:skus?operation=upsert}: the SKU code is Magento's {@code sku}, and the name, description,
 * weight and shipping flag follow the product. Commerce Layer requires a shipping category for SKUs that ship: give
 * {@code shippingCategoryId} (the route's {@code {{shippingCategoryId}}}), or virtual and downloadable products go as
 * {@code do_not_ship}. Weights follow Magento's unit ({@code kgs} by default, or {@code lbs}; Magento's
 * General > Locale Options > Weight Unit) into Commerce Layer's ({@code gr} or {@code lb}).
 */
public final class MagentoProductToSku {

    private final String shippingCategoryId;
    private final boolean pounds;

    public MagentoProductToSku() {
        this(null, "kgs");
    }

    /**
     * @param shippingCategoryId the Commerce Layer shipping category of shipped SKUs; {@code null} or blank for none
     * @param magentoWeightUnit  Magento's weight unit, {@code kgs} or {@code lbs}
     */
    public MagentoProductToSku(String shippingCategoryId, String magentoWeightUnit) {
        this.shippingCategoryId = shippingCategoryId == null || shippingCategoryId.isBlank() ? null : shippingCategoryId.strip();
        String unit = magentoWeightUnit == null ? "kgs" : magentoWeightUnit.strip().toLowerCase(java.util.Locale.ROOT);
        if (!unit.equals("kgs") && !unit.equals("lbs")) {
            throw new IllegalArgumentException("Magento's weight unit is kgs or lbs, not '" + magentoWeightUnit + "'");
        }
        this.pounds = unit.equals("lbs");
    }

    /** The SKU resource ({@code type}, {@code attributes}, {@code relationships}) for one product. */
    public Map<String, Object> toSku(Map<String, Object> product) {
        Object sku = product.get("sku");
        if (!(sku instanceof String code) || code.isBlank()) {
            throw new IllegalArgumentException("a Magento product without a sku cannot become a Commerce Layer SKU"
                    + (product.get("id") != null ? " (product id " + product.get("id") + ")" : ""));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("code", code.strip());
        attributes.put("name", text(product.get("name"), code));
        customAttribute(product, "description").ifPresentOrElse(d -> attributes.put("description", stripTags(d)), () -> { });
        if (product.get("weight") instanceof Number weight && new BigDecimal(weight.toString()).signum() > 0) {
            BigDecimal value = new BigDecimal(weight.toString());
            // Commerce Layer's units are gr, lb and oz
            attributes.put("weight", pounds ? value : value.multiply(BigDecimal.valueOf(1000)));
            attributes.put("unit_of_weight", pounds ? "lb" : "gr");
        }
        boolean ships = !List.of("virtual", "downloadable").contains(String.valueOf(product.get("type_id")));
        if (!ships) {
            attributes.put("do_not_ship", true);
        }
        attributes.put("reference", "magento:" + product.get("id"));
        attributes.put("reference_origin", "magento2");
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("type", "skus");
        resource.put("attributes", attributes);
        if (ships && shippingCategoryId != null) {
            resource.put("relationships", Map.of("shipping_category",
                    Map.of("data", Map.of("type", "shipping_categories", "id", shippingCategoryId))));
        }
        return resource;
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s.strip() : fallback;
    }

    private static java.util.Optional<String> customAttribute(Map<String, Object> product, String code) {
        if (product.get("custom_attributes") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> attribute && code.equals(attribute.get("attribute_code"))
                        && attribute.get("value") instanceof String value && !value.isBlank()) {
                    return java.util.Optional.of(value);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Magento descriptions are HTML; Commerce Layer's are text. */
    private static String stripTags(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }
}
