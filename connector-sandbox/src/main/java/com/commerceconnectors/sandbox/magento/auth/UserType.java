package com.commerceconnectors.sandbox.magento.auth;

/** Magento's user context types, with the ids its JWT {@code utypid} claim carries. */
public enum UserType {
    INTEGRATION(1),
    ADMIN(2),
    CUSTOMER(3),
    GUEST(4);

    private final int magentoId;

    UserType(int magentoId) {
        this.magentoId = magentoId;
    }

    public int magentoId() {
        return magentoId;
    }

    public static UserType fromMagentoId(int id) {
        for (UserType type : values()) {
            if (type.magentoId == id) {
                return type;
            }
        }
        throw new IllegalArgumentException("no Magento user type has id " + id);
    }
}
