package com.commerceconnectors.cli.camel;

import com.commerceconnectors.connection.ConnectorType;
import java.util.List;
import java.util.stream.Collectors;

/** The document is valid, but this build has no Camel component for its connector yet. */
public final class UnsupportedConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ConnectorType connector;

    public UnsupportedConnectorException(ConnectorType connector, List<ConnectorType> available) {
        super("the " + connector.id() + " connector has no Camel component in this build yet (no '" + connector.id()
                + ":' endpoints), so this command cannot call the platform"
                + (available.isEmpty() ? "" : "; it works with " + available.stream().map(ConnectorType::id)
                        .collect(Collectors.joining(", ")) + " connections"));
        this.connector = connector;
    }

    public ConnectorType connector() {
        return connector;
    }

    /** What to do instead. */
    public String hint() {
        return "The document itself can be checked with 'connectors validate'";
    }
}
