package com.commerceconnectors.cli.camel;

import com.commerceconnectors.connection.ConnectorType;

import java.util.Objects;

/**
 * The exchange headers the commands read, named the same way by every connector ({@code Camel<Prefix>PageNumber}):
 * the prefix is the one each connector publishes, so the export and import flows drive them all alike.
 *
 * @param pageNumber   the consumer's page of a record
 * @param upperBound   the consumer's upper bound of a run: where the next export starts
 * @param writeOutcome  an upsert's outcome, {@code created} or {@code updated}
 * @param invalidFields the record fields a platform refused, when its error names them
 */
public record ConnectorHeaders(String pageNumber, String upperBound, String writeOutcome, String invalidFields) {

    public ConnectorHeaders {
        Objects.requireNonNull(pageNumber, "pageNumber");
        Objects.requireNonNull(upperBound, "upperBound");
        Objects.requireNonNull(writeOutcome, "writeOutcome");
        Objects.requireNonNull(invalidFields, "invalidFields");
    }

    public static ConnectorHeaders of(ConnectorType connector) {
        String prefix = Descriptors.of(connector).headerPrefix();
        return new ConnectorHeaders(prefix + "PageNumber", prefix + "UpperBound", prefix + "WriteOutcome",
                prefix + "InvalidFields");
    }
}
