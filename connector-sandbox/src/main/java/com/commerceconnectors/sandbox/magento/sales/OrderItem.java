package com.commerceconnectors.sandbox.magento.sales;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an order. */
public record OrderItem(long itemId, String sku, String name, String productType, long productId,
                        BigDecimal qtyOrdered, BigDecimal price) {

    public OrderItem {
        Objects.requireNonNull(sku, "sku");
        qtyOrdered = qtyOrdered == null ? BigDecimal.ONE : qtyOrdered;
        price = price == null ? BigDecimal.ZERO : price;
    }

    public BigDecimal rowTotal() {
        return qtyOrdered.multiply(price);
    }

    OrderItem withItemId(long id) {
        return new OrderItem(id, sku, name, productType, productId, qtyOrdered, price);
    }
}
