package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import java.util.List;

/**
 * A translated schema error before de-noising.
 *
 * @param violation  what the user will read
 * @param conditions the tests of the if/then/else rule that made it apply; empty for an unconditional rule. A
 *                   conditional finding is noise when a tested value is missing or itself wrong: the user has to fix
 *                   that first.
 */
record Finding(Violation violation, List<Condition> conditions) {
    Finding {
        conditions = List.copyOf(conditions);
    }

    boolean conditional() {
        return !conditions.isEmpty();
    }

    String pointer() {
        return violation.pointer();
    }
}
