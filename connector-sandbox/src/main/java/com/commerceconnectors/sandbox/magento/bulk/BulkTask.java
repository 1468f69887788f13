package com.commerceconnectors.sandbox.magento.bulk;

/**
 * The service call behind one queued operation, run by the emulated consumer. Returns the service's output as JSON
 * text; a {@code MagentoException} means the service refused the entity.
 */
@FunctionalInterface
public interface BulkTask {

    String run();
}
