package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.FieldType;

/** One {@code sort} field: {@code updatedAt} ascending, {@code -id} descending. */
record SortKey(String field, FieldType type, boolean descending) {
}
