package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.document.Pointers;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One test of an if/then/else rule: the value at {@code pointer} is one of {@code expected}.
 *
 * @param pointer  the document value tested
 * @param expected the values the {@code if} asks for
 * @param actual   the value the document has (or the schema's default), {@code null} when it has none
 */
record Condition(String pointer, List<String> expected, String actual) {

    private static final int MAX_DEPTH = 8;

    /** Every const/enum test of an {@code if} schema, nested properties included. */
    static List<Condition> of(JsonNode ifSchema, String subjectPointer, JsonNode document, ConnectionSchema schema) {
        List<Condition> out = new ArrayList<>();
        collect(ifSchema, subjectPointer, document, schema, out, 0);
        return out;
    }

    private static void collect(JsonNode ifSchema, String pointer, JsonNode document, ConnectionSchema schema,
                                List<Condition> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ifSchema.path("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String child = Pointers.child(pointer, property.getKey());
            JsonNode test = property.getValue();
            List<String> expected = new ArrayList<>();
            if (test.has("const")) {
                expected.add(test.get("const").asText());
            }
            test.path("enum").forEach(v -> expected.add(v.asText()));
            if (!expected.isEmpty()) {
                out.add(new Condition(child, expected, actualValue(child, document, schema)));
            }
            collect(test, child, document, schema, out, depth + 1);
        }
    }

    private static String actualValue(String pointer, JsonNode document, ConnectionSchema schema) {
        JsonNode value = Pointers.at(document, pointer);
        if (value.isMissingNode()) {
            value = schema.propertySchema(pointer).path("default");
        }
        return value.isTextual() ? value.asText() : null;
    }

    /** How a person names the tested value: {@code connector}, {@code signatureMethod}, {@code auth type}. */
    String label() {
        return Labels.of(pointer);
    }

    /** {@code connector is magento2}. */
    String describeActual() {
        return label() + " is " + actual;
    }

    /** {@code mode is onPremise}, {@code signatureMethod is RSA-SHA1, RSA-SHA256 or RSA-SHA512}. */
    String describeExpected() {
        return label() + " is " + Labels.oneOf(expected);
    }
}
