package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** An order in Magento's REST shape ({@code OrderInterface}, keys in its alphabetical order). */
final class OrderJson {

    private OrderJson() {
    }

    static void write(JsonGenerator json, Order order) throws IOException {
        json.writeStartObject();
        json.writeStringField("base_currency_code", order.currency());
        MagentoJson.decimal(json, "base_discount_amount", order.discountAmount());
        MagentoJson.decimal(json, "base_grand_total", order.grandTotal());
        MagentoJson.decimal(json, "base_shipping_amount", order.shippingAmount());
        MagentoJson.decimal(json, "base_subtotal", order.subtotal());
        MagentoJson.decimal(json, "base_tax_amount", order.taxAmount());
        MagentoJson.time(json, "created_at", order.createdAt());
        json.writeStringField("customer_email", order.customerEmail());
        MagentoJson.stringIfPresent(json, "customer_firstname", order.customerFirstname());
        json.writeNumberField("customer_group_id", order.customerGroupId());
        if (order.customerId() != null) {
            json.writeNumberField("customer_id", order.customerId());
        }
        json.writeNumberField("customer_is_guest", order.customerIsGuest() ? 1 : 0);
        MagentoJson.stringIfPresent(json, "customer_lastname", order.customerLastname());
        MagentoJson.decimal(json, "discount_amount", order.discountAmount());
        json.writeNumberField("entity_id", order.id());
        json.writeStringField("global_currency_code", order.currency());
        MagentoJson.decimal(json, "grand_total", order.grandTotal());
        json.writeStringField("increment_id", order.incrementId());
        json.writeStringField("order_currency_code", order.currency());
        MagentoJson.decimal(json, "shipping_amount", order.shippingAmount());
        json.writeStringField("state", order.state());
        json.writeStringField("status", order.status());
        json.writeStringField("store_currency_code", order.currency());
        json.writeNumberField("store_id", order.storeId());
        json.writeStringField("store_name", "Main Website\nMain Website Store\nDefault Store View");
        MagentoJson.decimal(json, "subtotal", order.subtotal());
        MagentoJson.decimal(json, "tax_amount", order.taxAmount());
        json.writeNumberField("total_item_count", order.items().size());
        MagentoJson.decimal(json, "total_qty_ordered", order.totalQtyOrdered());
        MagentoJson.time(json, "updated_at", order.updatedAt());
        json.writeArrayFieldStart("items");
        for (OrderItem item : order.items()) {
            json.writeStartObject();
            MagentoJson.time(json, "created_at", order.createdAt());
            json.writeNumberField("item_id", item.itemId());
            MagentoJson.stringIfPresent(json, "name", item.name());
            json.writeNumberField("order_id", order.id());
            MagentoJson.decimal(json, "price", item.price());
            json.writeNumberField("product_id", item.productId());
            MagentoJson.stringIfPresent(json, "product_type", item.productType());
            MagentoJson.decimal(json, "qty_ordered", item.qtyOrdered());
            MagentoJson.decimal(json, "row_total", item.rowTotal());
            json.writeStringField("sku", item.sku());
            json.writeNumberField("store_id", order.storeId());
            MagentoJson.time(json, "updated_at", order.updatedAt());
            json.writeEndObject();
        }
        json.writeEndArray();
        MagentoJson.raw(json, "billing_address", order.billingAddressJson());
        json.writeObjectFieldStart("payment");
        json.writeStringField("method", order.paymentMethod());
        MagentoJson.decimal(json, "amount_ordered", order.grandTotal());
        json.writeNumberField("parent_id", order.id());
        json.writeEndObject();
        json.writeArrayFieldStart("status_histories");
        json.writeEndArray();
        json.writeObjectFieldStart("extension_attributes");
        json.writeEndObject();
        json.writeEndObject();
    }
}
