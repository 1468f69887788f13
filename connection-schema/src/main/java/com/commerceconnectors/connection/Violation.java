package com.commerceconnectors.connection;

import java.util.Objects;

/**
 * One problem found in a connection document.
 *
 * @param pointer JSON pointer of the offending value ({@code ""} for the document itself); for a missing property it
 *                names the property, not its parent
 * @param rule    the rule that was broken, e.g. {@code required}, {@code enum}, {@code syntax}, {@code pem}
 * @param message a sentence an ops person understands; never contains a secret value
 */
public record Violation(String pointer, String rule, String message) {
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code <pointer>: <message>}, the line the CLI prints. */
    public String toLine() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
