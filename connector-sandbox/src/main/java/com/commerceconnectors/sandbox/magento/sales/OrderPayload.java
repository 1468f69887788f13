package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Applies {@code {"entity": {...}}} of {@code POST /V1/orders} to an order: the known columns sent replace the
 * stored ones, totals are recomputed from items when only items are sent. Other order properties (Magento's order
 * interface has over a hundred) are accepted and not stored.
 */
final class OrderPayload {

    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private OrderPayload() {
    }

    static JsonNode entity(ObjectNode body) {
        JsonNode entity = body.get("entity");
        if (entity == null || entity.isNull()) {
            throw MagentoException.required(List.of("entity"));
        }
        return entity;
    }

    /** The entity id the document names, if any. */
    static Long entityId(JsonNode entity) {
        JsonNode id = entity.get("entity_id");
        if (id == null || id.isNull()) {
            return null;
        }
        try {
            return (long) InputValues.toInt(id);
        } catch (TypeMismatch e) {
            throw e.within("entity_id").toResponse();
        }
    }

    /** A new order from the document, for {@link OrderBook#insert}. */
    static Order create(JsonNode entity, LocalDateTime now) {
        JsonNode email = entity.get("customer_email");
        if (email == null || email.isNull() || email.asText().isBlank()) {
            throw MagentoException.required(List.of("customer_email"));
        }
        Order blank = new Order(0, null, "new", "pending", null, email.asText(), null, null, 0, 1, "USD",
                null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, now, now, List.of(), "{}",
                "checkmo");
        return apply(blank, entity, now);
    }

    static Order apply(Order order, JsonNode entity, LocalDateTime now) {
        try {
            return read(order, entity, now);
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
    }

    private static Order read(Order order, JsonNode entity, LocalDateTime now) {
        String state = order.state();
        String status = order.status();
        Long customerId = order.customerId();
        String email = order.customerEmail();
        String first = order.customerFirstname();
        String last = order.customerLastname();
        int group = order.customerGroupId();
        int store = order.storeId();
        String currency = order.currency();
        BigDecimal subtotal = order.subtotal();
        BigDecimal shipping = order.shippingAmount();
        BigDecimal tax = order.taxAmount();
        BigDecimal discount = order.discountAmount();
        BigDecimal grandTotal = order.grandTotal();
        List<OrderItem> items = order.items();
        String billing = order.billingAddressJson();
        String payment = order.paymentMethod();
        boolean totalsSent = false;
        var fields = entity.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!PROPERTY.matcher(key).matches()) {
                throw MagentoException.notSupported(key);
            }
            if (value.isNull()) {
                continue;
            }
            try {
                switch (key) {
                    case "state":
                        state = InputValues.toStringValue(value);
                        break;
                    case "status":
                        status = InputValues.toStringValue(value);
                        break;
                    case "customer_id":
                        customerId = (long) InputValues.toInt(value);
                        break;
                    case "customer_is_guest":
                        if (InputValues.toBool(value)) {
                            customerId = null;
                        }
                        break;
                    case "customer_email":
                        email = InputValues.toStringValue(value);
                        break;
                    case "customer_firstname":
                        first = InputValues.toStringValue(value);
                        break;
                    case "customer_lastname":
                        last = InputValues.toStringValue(value);
                        break;
                    case "customer_group_id":
                        group = InputValues.toInt(value);
                        break;
                    case "store_id":
                        store = InputValues.toInt(value);
                        break;
                    case "order_currency_code":
                        currency = InputValues.toStringValue(value);
                        break;
                    case "subtotal":
                        subtotal = InputValues.toFloat(value);
                        totalsSent = true;
                        break;
                    case "shipping_amount":
                        shipping = InputValues.toFloat(value);
                        break;
                    case "tax_amount":
                        tax = InputValues.toFloat(value);
                        break;
                    case "discount_amount":
                        discount = InputValues.toFloat(value);
                        break;
                    case "grand_total":
                        grandTotal = InputValues.toFloat(value);
                        totalsSent = true;
                        break;
                    case "items":
                        items = items(value);
                        break;
                    case "billing_address":
                        billing = value.isObject() ? value.toString() : billing;
                        break;
                    case "payment":
                        payment = value.path("method").isTextual() ? value.path("method").asText() : payment;
                        break;
                    default:
                        break;
                }
            } catch (TypeMismatch e) {
                throw e.within(key);
            }
        }
        if (!totalsSent) {
            BigDecimal itemsTotal = items.stream().map(OrderItem::rowTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            subtotal = itemsTotal;
            grandTotal = itemsTotal.add(shipping).add(tax).add(discount);
        }
        return new Order(order.id(), order.incrementId(), state, status, customerId, email, first, last, group,
                store, currency, subtotal, shipping, tax, discount, grandTotal, order.createdAt(), now, items,
                billing, payment);
    }

    private static List<OrderItem> items(JsonNode value) {
        List<OrderItem> items = new ArrayList<>();
        if (!value.isArray()) {
            return items;
        }
        for (JsonNode item : value) {
            JsonNode sku = item.get("sku");
            if (sku == null || sku.isNull()) {
                throw TypeMismatch.plain("\"sku\" is required. Enter and try again.");
            }
            items.add(new OrderItem(item.path("item_id").asLong(0), sku.asText(),
                    item.path("name").isMissingNode() ? null : item.path("name").asText(),
                    item.path("product_type").asText("simple"), item.path("product_id").asLong(0),
                    item.has("qty_ordered") ? InputValues.toFloat(item.get("qty_ordered")) : BigDecimal.ONE,
                    item.has("price") ? InputValues.toFloat(item.get("price")) : BigDecimal.ZERO));
        }
        return items;
    }
}
