package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.web.InputLimits;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.ServiceInputReader;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code {"product": {...}}} as Magento's service input processor does: snake or camel case keys, unknown
 * properties refused, PHP type conversions, custom attributes as a list of {@code {attribute_code, value}} (or a
 * code-to-value map).
 */
final class ProductPayload {

    private ProductPayload() {
    }

    /** The item types of the product's entity arrays, as ProductInterface's getters declare them. */
    private static final String PRODUCT_LINK = "\\Magento\\Catalog\\Api\\Data\\ProductLinkInterface";
    private static final String CUSTOM_OPTION = "\\Magento\\Catalog\\Api\\Data\\ProductCustomOptionInterface";
    private static final String MEDIA_GALLERY_ENTRY =
            "\\Magento\\Catalog\\Api\\Data\\ProductAttributeMediaGalleryEntryInterface";
    private static final String TIER_PRICE = "\\Magento\\Catalog\\Api\\Data\\ProductTierPriceInterface";
    private static final String CATEGORY_LINK = "\\Magento\\Catalog\\Api\\Data\\CategoryLinkInterface";

    /**
     * @param skuFromUrl for {@code PUT /V1/products/:sku}, the URL's SKU, which wins over the body's
     * @param limits     the input limits, which cap the product's entity arrays
     */
    static ProductInput parse(ObjectNode body, String skuFromUrl, InputLimits limits) {
        return ServiceInputReader.readEntity(body, "product", product -> read(product, skuFromUrl, limits));
    }

    private static ProductInput read(JsonNode product, String skuFromUrl, InputLimits limits) {
        Properties properties = new Properties(limits);
        ServiceInputReader.readProperties(product, properties::read);
        return properties.toInput(skuFromUrl);
    }

    /** The properties read so far; {@code null} means "not sent". */
    private static final class Properties {
        private final InputLimits limits;
        private String sku;
        private String name;
        private BigDecimal price;
        private Integer status;
        private Integer visibility;
        private String typeId;
        private Integer attributeSetId;
        private BigDecimal weight;
        private Map<String, Object> custom;
        private List<Integer> websiteIds;
        private List<String> categoryIds;

        Properties(InputLimits limits) {
            this.limits = limits;
        }

        void read(String matchKey, String key, JsonNode value) {
            switch (matchKey) {
                case "id":
                    InputValues.toInt(value);
                    break;
                case "sku":
                    sku = InputValues.toStringValue(value);
                    break;
                case "name":
                    name = InputValues.toStringValue(value);
                    break;
                case "price":
                    price = InputValues.toFloat(value);
                    break;
                case "status":
                    status = InputValues.toInt(value);
                    break;
                case "visibility":
                    visibility = InputValues.toInt(value);
                    break;
                case "typeid":
                    typeId = InputValues.toStringValue(value);
                    break;
                case "attributesetid":
                    attributeSetId = InputValues.toInt(value);
                    break;
                case "weight":
                    weight = InputValues.toFloat(value);
                    break;
                case "createdat":
                case "updatedat":
                    // Accepted but the server stamps its own times.
                    InputValues.toStringValue(value);
                    break;
                case "extensionattributes":
                    if (value.has("website_ids")) {
                        websiteIds = integers(value.get("website_ids"));
                    }
                    if (value.has("category_links")) {
                        checkList(CATEGORY_LINK, value.get("category_links"));
                        categoryIds = categoryLinks(value.get("category_links"));
                    }
                    break;
                case "productlinks":
                    checkList(PRODUCT_LINK, value);
                    break;
                case "options":
                    checkList(CUSTOM_OPTION, value);
                    break;
                case "mediagalleryentries":
                    checkList(MEDIA_GALLERY_ENTRY, value);
                    break;
                case "tierprices":
                    checkList(TIER_PRICE, value);
                    break;
                case "customattributes":
                    custom = customAttributes(value);
                    break;
                default:
                    throw MagentoException.notSupported(key);
            }
        }

        private void checkList(String itemType, JsonNode items) {
            if (items.isContainerNode()) {
                limits.checkList(itemType, items.size());
            }
        }

        ProductInput toInput(String skuFromUrl) {
            return new ProductInput(skuFromUrl != null ? skuFromUrl : sku, name, price, status, visibility, typeId,
                    attributeSetId, weight, custom, websiteIds, categoryIds);
        }
    }

    private static Map<String, Object> customAttributes(JsonNode value) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                customAttribute(element, null, result);
            }
        } else if (value.isObject()) {
            value.fields().forEachRemaining(e -> customAttribute(e.getValue(), e.getKey(), result));
        }
        return result;
    }

    private static void customAttribute(JsonNode element, String key, Map<String, Object> result) {
        String code;
        JsonNode value;
        if (element.isObject()) {
            JsonNode codeNode = element.has("attribute_code") ? element.get("attribute_code")
                    : element.get("attributeCode");
            code = codeNode == null || codeNode.isNull() ? "" : codeNode.asText();
            value = element.get("value");
        } else {
            code = key == null ? "" : key;
            value = element;
        }
        boolean noValue = value == null || value.isNull();
        if (code.isEmpty() && noValue) {
            throw TypeMismatch.plain("There is an empty custom attribute specified.");
        }
        if (code.isEmpty()) {
            throw TypeMismatch.plain("A custom attribute is specified without an attribute code.");
        }
        if (noValue) {
            throw TypeMismatch.plain("Value is not set for attribute code \"" + code + "\"");
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            result.put(code, items);
        } else if (value.isBoolean()) {
            result.put(code, value.booleanValue() ? "1" : "0");
        } else if (value.isObject()) {
            result.put(code, value.toString());
        } else {
            result.put(code, value.asText());
        }
    }

    private static List<Integer> integers(JsonNode value) {
        List<Integer> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode item : value) {
                result.add(InputValues.toInt(item));
            }
        }
        return result;
    }

    private static List<String> categoryLinks(JsonNode value) {
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode link : value) {
                JsonNode id = link.get("category_id");
                if (id != null && !id.isNull()) {
                    result.add(id.asText());
                }
            }
        }
        return result;
    }
}
