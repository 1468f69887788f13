package com.commerceconnectors.sandbox.magento.bulk;

import java.util.Objects;

/**
 * The queue topic of an asynchronous route and the service method its consumer calls.
 *
 * @param name          e.g. {@code async.magento.catalog.api.productrepositoryinterface.save.post}
 * @param serviceMethod as the success message names it, e.g.
 *                      {@code Magento\Catalog\Model\ProductRepository\Interceptor::save}
 */
public record BulkTopic(String name, String serviceMethod) {

    public BulkTopic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serviceMethod, "serviceMethod");
    }

    /** The bulk's description, as Magento writes it. */
    public String description() {
        return "Topic " + name;
    }
}
