package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.magento.search.FieldCatalog;
import com.commerceconnectors.sandbox.magento.search.FieldType;

/** What {@code /V1/customers/search} can filter and sort on (customer EAV attributes). */
final class CustomerFields {

    static final FieldCatalog<Customer> CATALOG = FieldCatalog.<Customer>eav(Customer::id)
            .field("entity_id", FieldType.INTEGER, (c, s) -> c.id())
            .field("email", FieldType.TEXT, (c, s) -> c.email())
            .field("firstname", FieldType.TEXT, (c, s) -> c.firstname())
            .field("lastname", FieldType.TEXT, (c, s) -> c.lastname())
            .field("middlename", FieldType.TEXT, (c, s) -> null)
            .field("prefix", FieldType.TEXT, (c, s) -> null)
            .field("suffix", FieldType.TEXT, (c, s) -> null)
            .field("taxvat", FieldType.TEXT, (c, s) -> null)
            .field("group_id", FieldType.INTEGER, (c, s) -> (long) c.groupId())
            .field("website_id", FieldType.INTEGER, (c, s) -> (long) c.websiteId())
            .field("store_id", FieldType.INTEGER, (c, s) -> (long) c.storeId())
            .field("created_in", FieldType.TEXT, (c, s) -> c.createdIn())
            .field("created_at", FieldType.DATETIME, (c, s) -> c.createdAt())
            .field("updated_at", FieldType.DATETIME, (c, s) -> c.updatedAt())
            .field("dob", FieldType.DATETIME, (c, s) -> c.dob())
            .field("gender", FieldType.INTEGER, (c, s) -> c.gender() == null ? null : (long) c.gender())
            .field("disable_auto_group_change", FieldType.INTEGER, (c, s) -> 0L);

    private CustomerFields() {
    }
}
