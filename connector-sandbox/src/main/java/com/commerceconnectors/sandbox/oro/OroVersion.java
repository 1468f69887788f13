package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.oro.query.DatetimeSyntax;

/** Presets for the API behaviours that changed between Oro LTS versions. */
public enum OroVersion {

    /**
     * 6.0: filters also in the operator form {@code filter[id]>=5}; date-times with any number of fraction digits,
     * and a space instead of {@code T}.
     */
    V6_0 {
        @Override
        void applyTo(OroSettings settings) {
            settings.symbolOperators(true).datetimeFilterSyntax(DatetimeSyntax.ORO_6_0);
        }
    },

    /**
     * 6.1 LTS: filters only as {@code filter[id]=5} or {@code filter[id][gte]=5}; date-times with two fraction digits
     * or none.
     */
    V6_1 {
        @Override
        void applyTo(OroSettings settings) {
            settings.symbolOperators(false).datetimeFilterSyntax(DatetimeSyntax.ORO_6_1);
        }
    };

    abstract void applyTo(OroSettings settings);
}
