package com.commerceconnectors.core.auth.oauth1;

import java.util.Objects;

/**
 * One request parameter in its RFC 3986-encoded form, as it enters the signature base string. Holding the encoded
 * form makes sorting by "encoded name, then encoded value" (RFC 5849 §3.4.1.3.2) a plain string comparison: encoded
 * strings are ASCII, so {@link String#compareTo} is byte order.
 */
record EncodedParameter(String name, String value) implements Comparable<EncodedParameter> {

    EncodedParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Encodes a parameter given in plain text (the protocol parameters). */
    static EncodedParameter of(String plainName, String plainValue) {
        return new EncodedParameter(PercentEncoding.encode(plainName), PercentEncoding.encode(plainValue));
    }

    @Override
    public int compareTo(EncodedParameter other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : value.compareTo(other.value);
    }

    /** The name only: a value may be a credential. */
    @Override
    public String toString() {
        return name + "=…";
    }
}
