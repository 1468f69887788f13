package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/** A customer in Magento's REST shape ({@code CustomerInterface}). */
final class CustomerJson {

    private CustomerJson() {
    }

    static void write(JsonGenerator json, Customer customer) throws IOException {
        JsonNode addresses = MagentoJson.MAPPER.readTree(customer.addressesJson());
        json.writeStartObject();
        json.writeNumberField("id", customer.id());
        json.writeNumberField("group_id", customer.groupId());
        String billing = defaultAddress(addresses, "default_billing");
        String shipping = defaultAddress(addresses, "default_shipping");
        MagentoJson.stringIfPresent(json, "default_billing", billing);
        MagentoJson.stringIfPresent(json, "default_shipping", shipping);
        MagentoJson.time(json, "created_at", customer.createdAt());
        MagentoJson.time(json, "updated_at", customer.updatedAt());
        MagentoJson.stringIfPresent(json, "created_in", customer.createdIn());
        MagentoJson.stringIfPresent(json, "dob", customer.dob());
        json.writeStringField("email", customer.email());
        MagentoJson.stringIfPresent(json, "firstname", customer.firstname());
        MagentoJson.stringIfPresent(json, "lastname", customer.lastname());
        if (customer.gender() != null) {
            json.writeNumberField("gender", customer.gender());
        }
        json.writeNumberField("store_id", customer.storeId());
        json.writeNumberField("website_id", customer.websiteId());
        json.writeFieldName("addresses");
        json.writeTree(addresses);
        json.writeNumberField("disable_auto_group_change", 0);
        json.writeObjectFieldStart("extension_attributes");
        json.writeBooleanField("is_subscribed", customer.subscribed());
        json.writeEndObject();
        json.writeEndObject();
    }

    static String defaultAddress(JsonNode addresses, String flag) {
        for (JsonNode address : addresses) {
            if (address.path(flag).asBoolean(false)) {
                return address.path("id").asText();
            }
        }
        return null;
    }
}
