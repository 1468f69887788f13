package com.commerceconnectors.connection;

import java.util.List;

/** Every error and warning found in one document, in document order. */
public record ValidationReport(List<Violation> errors, List<Violation> warnings) {
    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
