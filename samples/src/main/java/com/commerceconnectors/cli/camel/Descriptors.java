package com.commerceconnectors.cli.camel;

import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.core.camel.ConnectorDescriptor;

/** The descriptor each connector publishes, found by the connection's connector. */
public final class Descriptors {

    private Descriptors() {
    }

    /** @throws IllegalStateException when the connector's jar is not on the class path */
    public static ConnectorDescriptor of(ConnectorType connector) {
        return ConnectorDescriptor.forScheme(connector.id()).orElseThrow(() -> new IllegalStateException(
                "the " + connector.id() + " connector is not on the class path"));
    }
}
