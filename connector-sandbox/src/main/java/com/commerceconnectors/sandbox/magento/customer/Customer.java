package com.commerceconnectors.sandbox.magento.customer;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A customer account. Addresses are kept as the JSON array Magento returns (each with {@code id},
 * {@code customer_id} and the {@code default_billing}/{@code default_shipping} flags).
 */
public record Customer(long id, String email, String firstname, String lastname, int groupId, int websiteId,
                       int storeId, String createdIn, LocalDateTime createdAt, LocalDateTime updatedAt, String dob,
                       Integer gender, String addressesJson, boolean subscribed) {

    public Customer {
        Objects.requireNonNull(email, "email");
        addressesJson = addressesJson == null || addressesJson.isBlank() ? "[]" : addressesJson;
    }

    /** A customer of the main website and default store view, without addresses; id and timestamps unset. */
    public static Customer draft(String email, String firstname, String lastname) {
        return new Customer(0, email, firstname, lastname, 1, 1, 1, "Default Store View", null, null, null, null,
                "[]", false);
    }

    public Customer withId(long newId) {
        return new Customer(newId, email, firstname, lastname, groupId, websiteId, storeId, createdIn, createdAt,
                updatedAt, dob, gender, addressesJson, subscribed);
    }

    public Customer withEmail(String newEmail) {
        return new Customer(id, newEmail, firstname, lastname, groupId, websiteId, storeId, createdIn, createdAt,
                updatedAt, dob, gender, addressesJson, subscribed);
    }

    public Customer withNames(String newFirstname, String newLastname) {
        return new Customer(id, email, newFirstname, newLastname, groupId, websiteId, storeId, createdIn, createdAt,
                updatedAt, dob, gender, addressesJson, subscribed);
    }

    public Customer withCreatedAt(LocalDateTime newCreatedAt) {
        return new Customer(id, email, firstname, lastname, groupId, websiteId, storeId, createdIn, newCreatedAt,
                updatedAt, dob, gender, addressesJson, subscribed);
    }

    public Customer withUpdatedAt(LocalDateTime newUpdatedAt) {
        return new Customer(id, email, firstname, lastname, groupId, websiteId, storeId, createdIn, createdAt,
                newUpdatedAt, dob, gender, addressesJson, subscribed);
    }

    public Customer withAddressesJson(String newAddressesJson) {
        return new Customer(id, email, firstname, lastname, groupId, websiteId, storeId, createdIn, createdAt,
                updatedAt, dob, gender, newAddressesJson, subscribed);
    }
}
