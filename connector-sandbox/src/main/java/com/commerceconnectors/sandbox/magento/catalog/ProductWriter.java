package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.store.StoreRegistry;
import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Magento's product save semantics: a known SKU is updated with the fields sent (the rest is kept), an unknown one
 * is created (name and, for simple and virtual products, price are required; the URL key comes from the name
 * unless sent, see {@link UrlKeys}). Through {@code /rest/all/} values
 * are global; through a store view the store-scoped attributes sent become overrides for that view (the reason
 * writes should go to {@code all}), and on creation they are written globally as well. Unknown custom attribute
 * codes are dropped silently, as Magento does.
 */
final class ProductWriter {

    static final int MAX_SKU_LENGTH = 64;
    private static final Set<String> PRICED_TYPES = Set.of("simple", "virtual", "downloadable");
    private static final String EMPTY_ATTRIBUTE = "The \"%1\" attribute value is empty. Set the attribute and try again.";

    private ProductWriter() {
    }

    /** The saved product and whether it was created. */
    record Outcome(Product product, boolean created) {
    }

    static Outcome apply(Product existing, ProductInput input, int storeId, LocalDateTime now) {
        String sku = input.sku();
        if (sku == null || sku.isBlank()) {
            throw MagentoException.badRequest(EMPTY_ATTRIBUTE, List.of("SKU"));
        }
        if (sku.length() > MAX_SKU_LENGTH) {
            throw MagentoException.badRequest("SKU length should be %1 characters maximum.", List.of(MAX_SKU_LENGTH));
        }
        if (input.name() != null && input.name().isBlank()) {
            throw MagentoException.badRequest(EMPTY_ATTRIBUTE, List.of("Product Name"));
        }
        ProductInput normalised = UrlKeys.normalised(input, existing == null);
        return existing == null
                ? new Outcome(create(normalised, storeId, now), true)
                : new Outcome(update(existing, normalised, storeId, now), false);
    }

    private static Product create(ProductInput input, int storeId, LocalDateTime now) {
        String type = input.typeId() == null ? "simple" : input.typeId();
        if (input.name() == null) {
            throw MagentoException.badRequest(EMPTY_ATTRIBUTE, List.of("Product Name"));
        }
        if (input.price() == null && PRICED_TYPES.contains(type)) {
            throw MagentoException.badRequest(EMPTY_ATTRIBUTE, List.of("Price"));
        }
        Product product = new Product(0, input.sku(), input.name(), input.price(),
                input.status() == null ? Product.STATUS_ENABLED : input.status(),
                input.visibility() == null ? Product.VISIBILITY_BOTH : input.visibility(), type,
                input.attributeSetId() == null ? 4 : input.attributeSetId(), input.weight(), now, now, Map.of(),
                input.websiteIds() == null ? List.of(1) : input.websiteIds(), Map.of());
        product = applyCustom(product, input, StoreRegistry.ADMIN_STORE_ID);
        if (storeId != StoreRegistry.ADMIN_STORE_ID) {
            product = applyScoped(product, input, storeId);
            product = applyScopedCustom(product, input, storeId);
        }
        return product;
    }

    private static Product update(Product existing, ProductInput input, int storeId, LocalDateTime now) {
        Product product = existing;
        if (input.price() != null) {
            product = product.withPrice(input.price());
        }
        if (input.weight() != null) {
            product = product.withWeight(input.weight());
        }
        if (input.typeId() != null) {
            product = product.withTypeId(input.typeId());
        }
        if (input.attributeSetId() != null) {
            product = product.withAttributeSetId(input.attributeSetId());
        }
        if (input.websiteIds() != null) {
            product = product.withWebsiteIds(input.websiteIds());
        }
        product = applyScoped(product, input, storeId);
        product = applyCustom(product, input, storeId);
        return product.withUpdatedAt(now);
    }

    private static Product applyScoped(Product product, ProductInput input, int storeId) {
        Product result = product;
        if (storeId == StoreRegistry.ADMIN_STORE_ID) {
            if (input.name() != null) {
                result = result.withName(input.name());
            }
            if (input.status() != null) {
                result = result.withStatus(input.status());
            }
            if (input.visibility() != null) {
                result = result.withVisibility(input.visibility());
            }
            return result;
        }
        if (input.name() != null) {
            result = result.withStoreValue(storeId, "name", input.name());
        }
        if (input.status() != null) {
            result = result.withStoreValue(storeId, "status", input.status());
        }
        if (input.visibility() != null) {
            result = result.withStoreValue(storeId, "visibility", input.visibility());
        }
        return result;
    }

    /** Global custom attributes always go to the product; scoped ones to the store's overrides unless admin. */
    private static Product applyCustom(Product product, ProductInput input, int storeId) {
        Product result = product;
        if (input.categoryIds() != null) {
            result = result.withCustomAttribute("category_ids", input.categoryIds());
        }
        if (input.customAttributes() == null) {
            return result;
        }
        for (Map.Entry<String, Object> entry : input.customAttributes().entrySet()) {
            String code = entry.getKey();
            if (ProductAttribute.custom(code).isEmpty()) {
                continue;
            }
            if (ProductAttribute.isStoreScoped(code) && storeId != StoreRegistry.ADMIN_STORE_ID) {
                result = result.withStoreValue(storeId, code, entry.getValue());
            } else {
                result = result.withCustomAttribute(code, entry.getValue());
            }
        }
        return result;
    }

    private static Product applyScopedCustom(Product product, ProductInput input, int storeId) {
        Product result = product;
        if (input.customAttributes() == null) {
            return result;
        }
        for (Map.Entry<String, Object> entry : input.customAttributes().entrySet()) {
            if (ProductAttribute.custom(entry.getKey()).isPresent() && ProductAttribute.isStoreScoped(entry.getKey())) {
                result = result.withStoreValue(storeId, entry.getKey(), entry.getValue());
            }
        }
        return result;
    }
}
