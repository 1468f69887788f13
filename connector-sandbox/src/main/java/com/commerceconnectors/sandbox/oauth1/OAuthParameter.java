package com.commerceconnectors.sandbox.oauth1;

import java.util.Comparator;
import java.util.Objects;

/**
 * One decoded name/value pair that takes part in a signature. Its {@code toString} shows the name only, because
 * values include tokens.
 */
public record OAuthParameter(String name, String value) {

    /** RFC 5849 §3.4.1.3.2: by encoded name, then encoded value, in byte order (encoded text is ASCII). */
    public static final Comparator<OAuthParameter> RFC_ORDER = Comparator
            .comparing((OAuthParameter p) -> PercentEncoding.encode(p.name()))
            .thenComparing(p -> PercentEncoding.encode(p.value()));

    public OAuthParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "OAuthParameter[" + name + "]";
    }
}
