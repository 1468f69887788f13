package com.commerceconnectors.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, ordered multi-map of header fields with case-insensitive names. {@code toString()} masks the values
 * of secret headers.
 */
public final class Headers implements Iterable<Header> {

    private static final Headers EMPTY = new Headers(List.of());

    private final List<Header> fields;

    private Headers(List<Header> fields) {
        this.fields = fields;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from name/value pairs: {@code of("Accept", "application/json", "X-Store", "default")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        List<Header> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Header(namesAndValues[i], namesAndValues[i + 1], false));
        }
        return new Headers(List.copyOf(list));
    }

    public static Headers of(List<Header> fields) {
        return fields.isEmpty() ? EMPTY : new Headers(List.copyOf(fields));
    }

    /** The first value of the named header. */
    public Optional<String> first(String name) {
        for (Header h : fields) {
            if (h.nameIs(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /** Every value of the named header, in order. */
    public List<String> all(String name) {
        return fields.stream().filter(h -> h.nameIs(name)).map(Header::value).toList();
    }

    public boolean contains(String name) {
        return fields.stream().anyMatch(h -> h.nameIs(name));
    }

    /** A copy where the named header has exactly this one value. */
    public Headers with(String name, String value) {
        return without(name).plus(new Header(name, value, false));
    }

    /** A copy where the named header has exactly this one value, marked secret. */
    public Headers withSecret(String name, String value) {
        return without(name).plus(new Header(name, value, true));
    }

    /** A copy with one more value for the named header. */
    public Headers plus(String name, String value) {
        return plus(new Header(name, value, false));
    }

    public Headers plus(Header header) {
        List<Header> list = new ArrayList<>(fields);
        list.add(Objects.requireNonNull(header, "header"));
        return new Headers(List.copyOf(list));
    }

    /** A copy without the named header. */
    public Headers without(String name) {
        if (!contains(name)) {
            return this;
        }
        return of(fields.stream().filter(h -> !h.nameIs(name)).toList());
    }

    /** A copy without any secret header; what may follow a redirect to another origin. */
    public Headers withoutSecrets() {
        return of(fields.stream().filter(h -> !h.secret()).toList());
    }

    /** The distinct names, in first-seen order and spelling. */
    public Set<String> names() {
        Set<String> seenLower = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Header h : fields) {
            if (seenLower.add(h.name().toLowerCase(java.util.Locale.ROOT))) {
                names.add(h.name());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    public List<Header> asList() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public Iterator<Header> iterator() {
        return fields.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.stream().map(Header::toString).collect(Collectors.joining(", ", "{", "}"));
    }
}
