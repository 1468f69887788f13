package com.commerceconnectors.cli.demo;

import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.catalog.ProductCatalog;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits products in the sandbox as a merchant would — a new price and name — spread evenly over the catalogue, with
 * a given {@code updated_at}.
 */
final class ProductChanges {

    static final String NAME_SUFFIX = " (updated)";

    private ProductChanges() {
    }

    /**
     * Changes {@code count} products; returns their SKUs with the new prices.
     *
     * @throws IllegalStateException when the catalogue has fewer products than asked for
     */
    static Map<String, BigDecimal> apply(ProductCatalog catalog, int count, Instant updatedAt) {
        List<Product> all = catalog.all();
        if (all.size() < count) {
            throw new IllegalStateException("the catalogue holds " + all.size() + " products, fewer than " + count);
        }
        all.sort(Comparator.comparingLong(Product::id));
        LocalDateTime at = LocalDateTime.ofInstant(updatedAt, ZoneOffset.UTC);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Product product = all.get((int) ((long) i * all.size() / count));
            BigDecimal price = product.price().add(BigDecimal.ONE);
            catalog.update(product.sku(), p -> p.withPrice(price).withName(p.name() + NAME_SUFFIX).withUpdatedAt(at));
            prices.put(product.sku(), price);
        }
        return Collections.unmodifiableMap(prices);
    }
}
