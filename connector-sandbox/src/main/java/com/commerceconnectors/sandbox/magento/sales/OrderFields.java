package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.magento.search.FieldCatalog;
import com.commerceconnectors.sandbox.magento.search.FieldType;

/**
 * The {@code sales_order} columns {@code /V1/orders} can filter and sort on. It is a flat table: an unknown field
 * (even a camel-cased {@code customerId}) makes MySQL fail and Magento answer 500.
 */
final class OrderFields {

    static final FieldCatalog<Order> CATALOG = FieldCatalog.<Order>flat(Order::id)
            .field("entity_id", FieldType.INTEGER, (o, s) -> o.id())
            .field("increment_id", FieldType.TEXT, (o, s) -> o.incrementId())
            .field("state", FieldType.TEXT, (o, s) -> o.state())
            .field("status", FieldType.TEXT, (o, s) -> o.status())
            .field("customer_id", FieldType.INTEGER, (o, s) -> o.customerId())
            .field("customer_email", FieldType.TEXT, (o, s) -> o.customerEmail())
            .field("customer_firstname", FieldType.TEXT, (o, s) -> o.customerFirstname())
            .field("customer_lastname", FieldType.TEXT, (o, s) -> o.customerLastname())
            .field("customer_is_guest", FieldType.INTEGER, (o, s) -> o.customerIsGuest() ? 1L : 0L)
            .field("customer_group_id", FieldType.INTEGER, (o, s) -> (long) o.customerGroupId())
            .field("store_id", FieldType.INTEGER, (o, s) -> (long) o.storeId())
            .field("order_currency_code", FieldType.TEXT, (o, s) -> o.currency())
            .field("base_currency_code", FieldType.TEXT, (o, s) -> o.currency())
            .field("subtotal", FieldType.DECIMAL, (o, s) -> o.subtotal())
            .field("base_subtotal", FieldType.DECIMAL, (o, s) -> o.subtotal())
            .field("shipping_amount", FieldType.DECIMAL, (o, s) -> o.shippingAmount())
            .field("tax_amount", FieldType.DECIMAL, (o, s) -> o.taxAmount())
            .field("discount_amount", FieldType.DECIMAL, (o, s) -> o.discountAmount())
            .field("grand_total", FieldType.DECIMAL, (o, s) -> o.grandTotal())
            .field("base_grand_total", FieldType.DECIMAL, (o, s) -> o.grandTotal())
            .field("total_qty_ordered", FieldType.DECIMAL, (o, s) -> o.totalQtyOrdered())
            .field("total_item_count", FieldType.INTEGER, (o, s) -> (long) o.items().size())
            .field("created_at", FieldType.DATETIME, (o, s) -> o.createdAt())
            .field("updated_at", FieldType.DATETIME, (o, s) -> o.updatedAt());

    private OrderFields() {
    }
}
