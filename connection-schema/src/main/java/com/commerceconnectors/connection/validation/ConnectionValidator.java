package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.ValidationReport;
import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a resolved connection document: the JSON Schema first (every error, translated), then the checks a
 * schema cannot express, then the warnings. Reports everything at once, in document order.
 */
public final class ConnectionValidator {

    private final ConnectionSchema schema;
    private final SchemaErrorTranslator translator;

    public ConnectionValidator(ConnectionSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.translator = new SchemaErrorTranslator(schema);
    }

    /**
     * @param document        the document with placeholders resolved
     * @param earlierErrors   errors found before validation (placeholders that failed); nothing more is said about
     *                        those values, whose text is still the unresolved placeholder
     */
    public ValidationReport validate(JsonNode document, List<Violation> earlierErrors) {
        Set<String> unresolved = new LinkedHashSet<>();
        earlierErrors.forEach(v -> unresolved.add(v.pointer()));

        List<Finding> findings = new ArrayList<>();
        schema.validate(document).forEach(error -> findings.add(translator.translate(error, document)));
        List<Violation> errors = new ArrayList<>(earlierErrors);
        errors.addAll(FindingFilter.filter(findings, unresolved));

        Set<String> wrong = new LinkedHashSet<>();
        errors.forEach(v -> wrong.add(v.pointer()));
        Fields fields = new Fields(document);
        SemanticChecks semantic = SemanticChecks.run(fields, wrong);
        errors.addAll(semantic.errors());
        semantic.errors().forEach(v -> wrong.add(v.pointer()));

        List<Violation> warnings = new ArrayList<>(semantic.warnings());
        warnings.addAll(WarningRules.check(fields));
        warnings.removeIf(w -> wrong.stream().anyMatch(p -> Pointers.isWithin(w.pointer(), p)));

        return new ValidationReport(
                DocumentOrder.sort(distinct(errors), document),
                DocumentOrder.sort(distinct(warnings), document));
    }

    private static List<Violation> distinct(List<Violation> violations) {
        return new ArrayList<>(new LinkedHashSet<>(violations));
    }
}
