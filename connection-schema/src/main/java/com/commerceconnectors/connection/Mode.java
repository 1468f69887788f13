package com.commerceconnectors.connection;

/** Where the platform is reached from: directly ({@code cloud}) or through an agent ({@code onPremise}). */
public enum Mode {
    CLOUD("cloud"),
    ON_PREMISE("onPremise");

    private final String id;

    Mode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Mode fromId(String id) {
        for (Mode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
