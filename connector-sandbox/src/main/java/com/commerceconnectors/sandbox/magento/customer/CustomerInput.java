package com.commerceconnectors.sandbox.magento.customer;

/** A customer document from a REST write; {@code null} means "not sent". */
record CustomerInput(String email, String firstname, String lastname, Integer groupId, Integer websiteId,
                     Integer storeId, String dob, Integer gender, String addressesJson) {
}
