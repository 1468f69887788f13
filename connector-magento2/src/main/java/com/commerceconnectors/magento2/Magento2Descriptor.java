package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Optional;

/** The magento2 connector's published facts. */
public final class Magento2Descriptor implements ConnectorDescriptor {

    public static final Magento2Descriptor INSTANCE = new Magento2Descriptor();

    /** Public for {@link java.util.ServiceLoader}; use {@link #INSTANCE}. */
    public Magento2Descriptor() {
    }

    @Override
    public String scheme() {
        return "magento2";
    }

    @Override
    public String platform() {
        return "Magento";
    }

    @Override
    public String headerPrefix() {
        return "CamelMagento2";
    }

    @Override
    public int maxPageSize() {
        return 10000;
    }

    @Override
    public String pageSizeLimitReason() {
        return "Magento caps it at 300 when its input limits are on";
    }

    /** The probe reads the store configuration whatever the resource; {@code store} says so. */
    @Override
    public String probeResource() {
        return "store";
    }

    /** An import writes by the record's own key (a product's SKU, a customer's id): no attribute to look up. */
    @Override
    public Optional<String> importKey(String resource) {
        return Optional.empty();
    }
}
