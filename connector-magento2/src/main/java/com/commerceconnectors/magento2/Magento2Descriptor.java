package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Map;

/**
 * What tools outside the component need to know of {@code magento2:}. The probe reads the store configuration
 * whatever the resource ({@code store} says so); an import writes by the record's own key (a product's SKU, a
 * customer's id), so there is no attribute to look up.
 */
public final class Magento2Descriptor extends ConnectorDescriptor {

    public static final Magento2Descriptor INSTANCE = new Magento2Descriptor();

    /** Public for {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public Magento2Descriptor() {
        super("magento2", "Magento", "CamelMagento2", 10000, "Magento caps it at 300 when its input limits are on",
                "store", Map.of());
    }
}
