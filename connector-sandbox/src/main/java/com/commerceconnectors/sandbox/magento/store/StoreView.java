package com.commerceconnectors.sandbox.magento.store;

/** A Magento store (view). Store 0, {@code admin}, is the global scope that {@code /rest/all/} addresses. */
public record StoreView(int id, String code, String name, int websiteId, int groupId, boolean active) {

    public boolean isAdmin() {
        return id == StoreRegistry.ADMIN_STORE_ID;
    }
}
