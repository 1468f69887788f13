package com.commerceconnectors.magento2.write;

import com.commerceconnectors.magento2.api.MagentoResource;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the record of a write from an exchange body — a map, a JSON string or bytes, a JSON tree or a plain Java
 * object, bare ({@code {"sku": …}}) or wrapped as Magento sends it ({@code {"product": {…}}}) — and its key from
 * header CamelMagento2ResourceKey or the record. Messages never quote the body: it may hold personal data or a new
 * customer's password.
 */
public final class RecordInputReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,19}");

    private RecordInputReader() {
    }

    /**
     * @param body      the exchange body
     * @param resource  the resource written
     * @param headerKey header CamelMagento2ResourceKey, or {@code null}
     * @param operation the operation, for messages
     */
    public static RecordInput read(Object body, MagentoResource resource, String headerKey, String operation) {
        JsonNode tree = toTree(body, resource, operation);
        if (!tree.isObject()) {
            throw WriteErrors.invalidInput(operation + " of " + resource.name() + " needs one record, and the body is a JSON "
                            + kind(tree),
                    tree.isArray() ? "Send one record per exchange: split the list first (e.g. split(body()))"
                            : "Send the " + resource.noun() + " as a map or a JSON object");
        }
        ObjectNode object = (ObjectNode) tree;
        ObjectNode record = object;
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        String wrapper = resource.wrapper();
        if (wrapper != null && object.has(wrapper)) {
            JsonNode inner = object.get(wrapper);
            if (!inner.isObject()) {
                throw WriteErrors.invalidInput("The body's \"" + wrapper + "\" is a JSON " + kind(inner) + ", not a "
                        + resource.noun() + " record", "Send {\"" + wrapper + "\": {…}} or the bare record");
            }
            record = (ObjectNode) inner;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals(wrapper)) {
                    extras.set(e.getKey(), e.getValue());
                }
            }
        }
        String recordKey = keyOf(record, resource, operation);
        String key = recordKey;
        String fromHeader = headerKey == null || headerKey.isBlank() ? null : headerKey.strip();
        if (fromHeader != null) {
            checkKey(fromHeader, resource, operation);
            if (recordKey != null && !sameKey(fromHeader, recordKey, resource)) {
                throw WriteErrors.invalidInput("The record's " + resource.keyField() + " '" + recordKey + "' and header "
                                + WriteErrors.KEY_HEADER + " '" + fromHeader + "' name different " + resource.name(),
                        "Remove one of them, or make them agree; renaming a " + resource.keyField()
                                + " is not something a write can do safely");
            }
            key = fromHeader;
        }
        return new RecordInput(resource, record.deepCopy(), extras, key);
    }

    /**
     * The key for a delete: header CamelMagento2ResourceKey, else a body that is the key itself (a string or a
     * number), else the key field of a record body.
     */
    public static String readKey(Object body, MagentoResource resource, String headerKey, String operation) {
        if (headerKey != null && !headerKey.isBlank()) {
            checkKey(headerKey.strip(), resource, operation);
            return headerKey.strip();
        }
        if (body == null) {
            return null;
        }
        if (body instanceof Number n) {
            String key = n.toString();
            checkKey(key, resource, operation);
            return key;
        }
        if (body instanceof CharSequence || body instanceof byte[]) {
            String text = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : body.toString();
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return null;
            }
            if (!stripped.startsWith("{")) {
                checkKey(stripped, resource, operation);
                return stripped;
            }
        }
        return read(body, resource, null, operation).key();
    }

    /** A key field's value as text; {@code null} when absent, JSON null or blank. */
    static String keyText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            String s = node.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return null;
    }

    private static String keyOf(ObjectNode record, MagentoResource resource, String operation) {
        JsonNode node = record.get(resource.keyField());
        if (node != null && !node.isNull() && !node.isTextual() && !node.isIntegralNumber()) {
            throw WriteErrors.invalidInput("The record's " + resource.keyField() + " is a JSON " + kind(node)
                    + ", not a key", "Send " + resource.keyField() + " as " + (resource.numericKey() ? "a whole number" : "a string"));
        }
        String key = keyText(node);
        if (key != null) {
            checkKey(key, resource, operation);
        }
        return key;
    }

    private static void checkKey(String key, MagentoResource resource, String operation) {
        if (resource.numericKey() && !NUMBER.matcher(key).matches()) {
            throw WriteErrors.invalidInput(operation + " of " + resource.name() + ": '" + key + "' is not a "
                            + resource.noun() + " " + resource.keyField() + " (Magento numbers them)",
                    "Use the numeric " + resource.keyField() + " Magento assigned, e.g. from a search");
        }
    }

    private static boolean sameKey(String a, String b, MagentoResource resource) {
        if (resource.numericKey()) {
            return new BigInteger(a).equals(new BigInteger(b));
        }
        // Magento compares SKUs as MySQL does: without regard to case
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static JsonNode toTree(Object body, MagentoResource resource, String operation) {
        if (body == null) {
            throw WriteErrors.invalidInput(operation + " of " + resource.name() + " needs the record, and the body is empty",
                    "Send the " + resource.noun() + " as a map, a JSON object or a Java object");
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof CharSequence || body instanceof byte[]) {
            byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
            try {
                JsonNode node = JSON.readTree(bytes);
                if (node == null || node.isMissingNode()) {
                    throw WriteErrors.invalidInput(operation + " of " + resource.name() + " needs the record, and the body"
                            + " is blank", "Send the " + resource.noun() + " as a JSON object");
                }
                return node;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                throw WriteErrors.invalidInput("The body of " + operation + " " + resource.name() + " is not valid JSON" + where,
                        "Send the " + resource.noun() + " as a JSON object, a map or a Java object");
            } catch (java.io.IOException e) {
                throw WriteErrors.invalidInput("The body of " + operation + " " + resource.name() + " could not be read",
                        "Send the " + resource.noun() + " as a JSON object, a map or a Java object");
            }
        }
        try {
            return JSON.valueToTree(body);
        } catch (IllegalArgumentException e) {
            throw WriteErrors.invalidInput("The body of " + operation + " " + resource.name() + " (a "
                            + body.getClass().getSimpleName() + ") cannot be turned into JSON",
                    "Send the " + resource.noun() + " as a map, a JSON string or a Java object with getters");
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
