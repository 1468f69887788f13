package com.commerceconnectors.connection;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the loader throws: the document could not be read, parsed, resolved, decrypted or validated.
 * {@link #violations()} lists every problem; the message lists them too, one per line, and never holds a secret.
 */
public class ConnectionException extends RuntimeException {

    private final String source;
    private final List<Violation> violations;

    public ConnectionException(String source, List<Violation> violations) {
        super(format(source, violations));
        this.source = source;
        this.violations = List.copyOf(violations);
    }

    public ConnectionException(String source, Violation violation) {
        this(source, List.of(violation));
    }

    /** Where the document came from (a file name or {@code <string>}), never its content. */
    public String source() {
        return source;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String format(String source, List<Violation> violations) {
        String head = "Connection document " + source + " is invalid (" + violations.size()
                + (violations.size() == 1 ? " problem" : " problems") + ")";
        return head + violations.stream().map(v -> "\n  " + v.toLine()).collect(Collectors.joining());
    }
}
