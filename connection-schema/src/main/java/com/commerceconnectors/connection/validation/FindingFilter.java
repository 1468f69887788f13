package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the findings a person needs and drops the echoes: a rule that depends on a value that is missing or wrong
 * (fix that first), a second complaint about a value of the wrong type, a conditional complaint where an
 * unconditional one already speaks, exact duplicates, and anything about values that failed to resolve.
 */
final class FindingFilter {

    private FindingFilter() {
    }

    static List<Violation> filter(List<Finding> findings, Set<String> unresolvedPointers) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (unresolvedPointers.stream().noneMatch(p -> Pointers.isWithin(finding.pointer(), p))) {
                kept.add(finding);
            }
        }
        Set<String> refused = new HashSet<>();
        for (Finding finding : kept) {
            String rule = finding.violation().rule();
            if (rule.equals("notAllowed") || rule.equals("unknownProperty")) {
                refused.add(finding.pointer());
            }
        }
        // what is inside a value that must go is not worth fixing
        kept.removeIf(f -> refused.stream().anyMatch(r -> !f.pointer().equals(r) && Pointers.isWithin(f.pointer(), r)));

        Set<String> typeErrors = new HashSet<>();
        Set<String> unconditional = new HashSet<>();
        for (Finding finding : kept) {
            if (finding.violation().rule().equals("type")) {
                typeErrors.add(finding.pointer());
            }
            if (!finding.conditional()) {
                unconditional.add(finding.pointer());
            }
        }
        kept.removeIf(f -> typeErrors.contains(f.pointer()) && !f.violation().rule().equals("type"));
        kept.removeIf(f -> f.conditional() && unconditional.contains(f.pointer()));

        Set<String> wrong = new HashSet<>(unresolvedPointers);
        kept.forEach(f -> wrong.add(f.pointer()));
        kept.removeIf(f -> f.conditions().stream().anyMatch(c -> c.actual() == null || wrong.contains(c.pointer())));

        Set<Violation> distinct = new LinkedHashSet<>();
        kept.forEach(f -> distinct.add(f.violation()));
        return new ArrayList<>(distinct);
    }
}
