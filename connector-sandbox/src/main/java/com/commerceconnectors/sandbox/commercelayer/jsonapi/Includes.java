package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code include} paths as a tree: {@code include=orders.line_items,orders.market} gives orders → {line_items,
 * market}.
 */
public final class Includes {

    private static final Includes NONE = new Includes(Map.of());

    private final Map<String, Includes> children;

    private Includes(Map<String, Includes> children) {
        this.children = children;
    }

    public static Includes none() {
        return NONE;
    }

    public Map<String, Includes> children() {
        return Collections.unmodifiableMap(children);
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    public boolean includes(String relationship) {
        return children.containsKey(relationship);
    }

    /** A mutable tree being parsed. */
    static final class Builder {
        private final Map<String, Builder> children = new LinkedHashMap<>();

        Builder child(String relationship) {
            return children.computeIfAbsent(relationship, r -> new Builder());
        }

        Includes build() {
            if (children.isEmpty()) {
                return NONE;
            }
            Map<String, Includes> built = new LinkedHashMap<>();
            children.forEach((name, child) -> built.put(name, child.build()));
            return new Includes(built);
        }
    }
}
