package com.commerceconnectors.sandbox.magento.sales;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A sales order: the columns of {@code sales_order} the sandbox keeps, its items and its billing address. */
public record Order(long id, String incrementId, String state, String status, Long customerId, String customerEmail,
                    String customerFirstname, String customerLastname, int customerGroupId, int storeId,
                    String currency, BigDecimal subtotal, BigDecimal shippingAmount, BigDecimal taxAmount,
                    BigDecimal discountAmount, BigDecimal grandTotal, LocalDateTime createdAt,
                    LocalDateTime updatedAt, List<OrderItem> items, String billingAddressJson, String paymentMethod) {

    public Order {
        Objects.requireNonNull(customerEmail, "customerEmail");
        items = items == null ? List.of() : List.copyOf(items);
        billingAddressJson = billingAddressJson == null || billingAddressJson.isBlank() ? "{}" : billingAddressJson;
        currency = currency == null ? "USD" : currency;
        paymentMethod = paymentMethod == null ? "checkmo" : paymentMethod;
    }

    public boolean customerIsGuest() {
        return customerId == null;
    }

    public BigDecimal totalQtyOrdered() {
        return items.stream().map(OrderItem::qtyOrdered).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Order withId(long newId, String newIncrementId) {
        return new Order(newId, newIncrementId, state, status, customerId, customerEmail, customerFirstname,
                customerLastname, customerGroupId, storeId, currency, subtotal, shippingAmount, taxAmount,
                discountAmount, grandTotal, createdAt, updatedAt, items, billingAddressJson, paymentMethod);
    }

    public Order withStatus(String newState, String newStatus) {
        return new Order(id, incrementId, newState, newStatus, customerId, customerEmail, customerFirstname,
                customerLastname, customerGroupId, storeId, currency, subtotal, shippingAmount, taxAmount,
                discountAmount, grandTotal, createdAt, updatedAt, items, billingAddressJson, paymentMethod);
    }

    public Order withTimes(LocalDateTime newCreatedAt, LocalDateTime newUpdatedAt) {
        return new Order(id, incrementId, state, status, customerId, customerEmail, customerFirstname,
                customerLastname, customerGroupId, storeId, currency, subtotal, shippingAmount, taxAmount,
                discountAmount, grandTotal, newCreatedAt, newUpdatedAt, items, billingAddressJson, paymentMethod);
    }

    public Order withUpdatedAt(LocalDateTime newUpdatedAt) {
        return withTimes(createdAt, newUpdatedAt);
    }

    public Order withItems(List<OrderItem> newItems) {
        return new Order(id, incrementId, state, status, customerId, customerEmail, customerFirstname,
                customerLastname, customerGroupId, storeId, currency, subtotal, shippingAmount, taxAmount,
                discountAmount, grandTotal, createdAt, updatedAt, newItems, billingAddressJson, paymentMethod);
    }
}
