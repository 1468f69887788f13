package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Words an unknown property's message: a near miss ("did you mean token?"), or the object where it belongs. */
final class UnknownPropertyMessage {

    private final ConnectionSchema schema;

    UnknownPropertyMessage(ConnectionSchema schema) {
        this.schema = schema;
    }

    String describe(String objectPointer, String name, JsonNode owner) {
        List<String> allowed = new ArrayList<>();
        for (Iterator<String> it = owner.path("properties").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            if (!candidate.equals("$schema")) {
                allowed.add(candidate);
            }
        }
        StringBuilder message = new StringBuilder("unknown property");
        String nearest = nearest(name, allowed);
        if (nearest != null) {
            message.append(" (did you mean ").append(nearest).append("?)");
        } else if (objectPointer.isEmpty() && belongsInside("auth", name)) {
            message.append(" here (it belongs inside auth)");
        } else if (objectPointer.isEmpty() && belongsInside("agent", name)) {
            message.append(" here (it belongs inside agent)");
        }
        message.append("; allowed here: ").append(String.join(", ", allowed));
        if (objectPointer.isEmpty()) {
            message.append(", and $schema and x-… annotations");
        }
        return message.toString();
    }

    private boolean belongsInside(String property, String name) {
        JsonNode definitions = schema.root().path("$defs");
        if (property.equals("agent")) {
            return definitions.path("agent").path("properties").has(name);
        }
        for (Iterator<String> it = definitions.fieldNames(); it.hasNext(); ) {
            String definition = it.next();
            if (definition.endsWith("Auth") && definitions.path(definition).path("properties").has(name)) {
                return true;
            }
        }
        return false;
    }

    private static String nearest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = candidate.equalsIgnoreCase(name) ? 0 : distance(candidate.toLowerCase(), name.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = name.length() <= 4 ? 1 : 2;
        return bestDistance <= tolerance ? best : null;
    }

    /** Levenshtein distance, for names of a few characters. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
