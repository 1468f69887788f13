package com.commerceconnectors.sandbox.magento.search;

/** A searchable field. */
public record FieldDef<R>(String name, FieldType type, FieldReader<R> reader) {
}
