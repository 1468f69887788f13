package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one validator error into a sentence an operator understands, naming the rule and, for if/then/else rules,
 * the condition that made it apply ("required when signatureMethod is RSA-SHA256"). The library's own messages are
 * never used: they speak of schemas, and some quote the value, which may be a secret.
 */
final class SchemaErrorTranslator {

    private final ConnectionSchema schema;
    private final UnknownPropertyMessage names;

    SchemaErrorTranslator(ConnectionSchema schema) {
        this.schema = schema;
        this.names = new UnknownPropertyMessage(schema);
    }

    Finding translate(Error error, JsonNode document) {
        String keyword = String.valueOf(error.getKeyword());
        String instance = pointer(error.getInstanceLocation());
        SchemaTrail trail = SchemaTrail.follow(schema, error.getEvaluationPath());
        JsonNode owner = trail.keywordOwner();
        Optional<SchemaTrail.Branch> branch = trail.innermostBranch(instance);
        List<Condition> conditions = branch
                .map(b -> Condition.of(b.condition(), b.subjectPointer(), document, schema))
                .orElse(List.of());

        Violation violation = switch (keyword) {
            case "required" -> {
                String missing = Pointers.child(instance, String.valueOf(error.getProperty()));
                yield new Violation(missing, "required",
                        conditions.isEmpty() ? "required" : "required when " + actual(conditions));
            }
            case "false" -> new Violation(instance, "notAllowed", notAllowed(branch, conditions));
            case "additionalProperties" -> {
                String name = String.valueOf(error.getProperty());
                yield new Violation(Pointers.child(instance, name), "unknownProperty",
                        names.describe(instance, name, owner));
            }
            case "enum" -> new Violation(instance, "enum", notInEnum(instance, owner, conditions, document));
            case "const" -> new Violation(instance, "const", "must be " + owner.path("const").asText());
            case "type" -> new Violation(instance, "type", typeMessage(owner, Pointers.at(document, instance)));
            case "minLength" -> new Violation(instance, "minLength", owner.path("minLength").asInt() <= 1
                    ? "must not be empty"
                    : "must be at least " + owner.path("minLength").asInt() + " characters long");
            case "maxLength" -> new Violation(instance, "maxLength",
                    "must be at most " + owner.path("maxLength").asInt() + " characters long");
            case "minimum" -> new Violation(instance, "minimum", "must be at least " + owner.path("minimum").asText());
            case "maximum" -> new Violation(instance, "maximum", "must be at most " + owner.path("maximum").asText());
            case "pattern" -> new Violation(instance, "pattern",
                    owner.path("x-messages").path("pattern").asText("has an invalid format"));
            default -> new Violation(instance, keyword, "is not valid (rule " + keyword + ")");
        };
        return new Finding(violation, conditions);
    }

    /** A validator's instance location as a JSON pointer. */
    static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? Pointers.child(pointer, index) : Pointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }

    private static String notAllowed(Optional<SchemaTrail.Branch> branch, List<Condition> conditions) {
        if (branch.isEmpty() || conditions.isEmpty()) {
            return "not allowed";
        }
        if (branch.get().branch().equals("else")) {
            // the if names the case where the value belongs: say that, not the user's case
            return "allowed only when " + Labels.allOf(conditions.stream().map(Condition::describeExpected).toList());
        }
        return "not allowed when " + actual(conditions);
    }

    private String notInEnum(String instance, JsonNode owner, List<Condition> conditions, JsonNode document) {
        List<String> allowed = new ArrayList<>();
        owner.path("enum").forEach(v -> allowed.add(v.asText()));
        JsonNode value = Pointers.at(document, instance);
        if (conditions.size() == 1 && conditions.get(0).actual() != null && isKnownWord(instance, value)) {
            // "magento2 does not accept auth type wsse"
            return conditions.get(0).actual() + " does not accept " + Labels.of(instance) + " " + value.asText()
                    + "; use " + Labels.oneOf(allowed);
        }
        return (allowed.size() == 2 ? "must be " : "must be one of ") + Labels.oneOf(allowed);
    }

    /**
     * Only a value from the field's own fixed list is quoted back: it is a word of the schema, never something the
     * user typed that could be a secret.
     */
    private boolean isKnownWord(String instance, JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        for (JsonNode word : schema.propertySchema(instance).path("enum")) {
            if (word.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String typeMessage(JsonNode owner, JsonNode value) {
        String expected = owner.path("type").asText("");
        return switch (expected) {
            case "string" -> value.isBoolean() || value.isNumber()
                    ? "must be a string; put the value in quotes (YAML reads yes, no, on, off and numbers otherwise)"
                    : "must be a string";
            case "integer" -> "must be a whole number";
            case "number" -> "must be a number";
            case "boolean" -> "must be true or false";
            case "object" -> "must be an object (keys and values)";
            case "array" -> "must be a list";
            default -> "has the wrong type";
        };
    }

    private static String actual(List<Condition> conditions) {
        return Labels.allOf(conditions.stream().map(Condition::describeActual).toList());
    }
}
