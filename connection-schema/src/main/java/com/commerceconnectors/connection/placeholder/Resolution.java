package com.commerceconnectors.connection.placeholder;

import com.commerceconnectors.connection.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * A document with its placeholders resolved and its secrets decrypted.
 *
 * @param document       the resolved copy; values that failed to resolve keep their original text
 * @param violations     one per value that failed, at the value's pointer
 * @param failedPointers the pointers of those values, so that validation does not report them a second time
 */
public record Resolution(ObjectNode document, List<Violation> violations, Set<String> failedPointers) {
    public Resolution {
        violations = List.copyOf(violations);
        failedPointers = Set.copyOf(failedPointers);
    }
}
