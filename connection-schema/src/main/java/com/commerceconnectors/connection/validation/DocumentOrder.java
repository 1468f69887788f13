package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.document.Pointers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Sorts violations the way a person reads the document: top to bottom. A missing property sorts after everything
 * else its object holds; the sort is stable, so several violations of one value keep their order.
 */
final class DocumentOrder {

    private static final int MAX_DEPTH = 64;

    private final Map<String, Integer> start = new HashMap<>();
    private final Map<String, Integer> end = new HashMap<>();
    private int counter;

    private DocumentOrder(JsonNode document) {
        visit(document, "", 0);
    }

    static List<Violation> sort(List<Violation> violations, JsonNode document) {
        DocumentOrder order = new DocumentOrder(document);
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparingDouble(v -> order.rank(v.pointer())));
        return sorted;
    }

    private double rank(String pointer) {
        Integer at = start.get(pointer);
        if (at != null) {
            return at;
        }
        if (pointer.isEmpty()) {
            return -1;
        }
        String parent = Pointers.parent(pointer);
        Integer parentEnd = end.get(parent);
        return parentEnd != null ? parentEnd + 0.5 : rank(parent) + 0.25;
    }

    private void visit(JsonNode node, String pointer, int depth) {
        start.put(pointer, counter++);
        if (depth < MAX_DEPTH) {
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    visit(field.getValue(), Pointers.child(pointer, field.getKey()), depth + 1);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    visit(node.get(i), Pointers.child(pointer, i), depth + 1);
                }
            }
        }
        end.put(pointer, counter - 1);
    }
}
