package com.commerceconnectors.connection;

/** The platform a connection talks to; {@link #id()} is the value used in documents and as the Camel scheme. */
public enum ConnectorType {
    MAGENTO2("magento2"),
    ORO("oro"),
    COMMERCELAYER("commercelayer");

    private final String id;

    ConnectorType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ConnectorType fromId(String id) {
        for (ConnectorType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown connector: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
