package com.commerceconnectors.core.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed JSON tree into the plain Java values exchange bodies carry: {@code Map} (in field order),
 * {@code List}, {@code String}, {@code Boolean}, the node's own {@code Number} ({@code BigDecimal} for decimals, so
 * prices keep their digits) and {@code null}. A direct walk of the tree: {@code ObjectMapper.convertValue} gives the
 * same values but serialises the tree into a token buffer and parses it again, which exports paid for every record.
 */
public final class JsonToJava {

    private JsonToJava() {
    }

    /** Each node as {@link #convert} makes it, in order. */
    public static List<Object> convertAll(List<? extends JsonNode> nodes) {
        List<Object> out = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            out.add(convert(node));
        }
        return out;
    }

    public static Object convert(JsonNode node) {
        if (node == null) {
            return null;
        }
        // one virtual call to learn the type, not one isX() call per kind: exports convert every field of every record
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>(Math.max(4, node.size() * 4 / 3 + 1));
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    map.put(field.getKey(), convert(field.getValue()));
                }
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    list.add(convert(element));
                }
                yield list;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.numberValue();
            case NULL, MISSING -> null;
            // not produced by parsing JSON text; keep what convertValue would give
            case BINARY, POJO -> node.asText();
        };
    }
}
