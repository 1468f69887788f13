package com.commerceconnectors.sandbox.oauth1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a server collected from one request: the list that is signed (without {@code oauth_signature} and
 * {@code realm}; duplicates kept when the server's rules keep them) and every value by name (the last one wins), from
 * which the server reads {@code oauth_consumer_key}, {@code oauth_signature} and the like. Prints names only.
 */
public final class CollectedParameters {

    private final List<OAuthParameter> signed;
    private final Map<String, String> values;

    public CollectedParameters(List<OAuthParameter> signed, Map<String, String> values) {
        this.signed = List.copyOf(signed);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public List<OAuthParameter> signed() {
        return signed;
    }

    public Map<String, String> values() {
        return values;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return "CollectedParameters" + values.keySet();
    }
}
