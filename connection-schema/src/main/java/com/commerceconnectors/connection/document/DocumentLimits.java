package com.commerceconnectors.connection.document;

/**
 * Bounds that keep a hostile or broken document from exhausting memory or the stack.
 *
 * @param maxBytes maximum size of a document and of a file a {@code ${file:…}} placeholder reads
 * @param maxDepth maximum nesting of objects and arrays (a real document nests three levels)
 */
public record DocumentLimits(int maxBytes, int maxDepth) {

    public static final DocumentLimits DEFAULT = new DocumentLimits(1024 * 1024, 32);

    public DocumentLimits {
        if (maxBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The size limit in words, for messages. */
    public String describeMaxBytes() {
        if (maxBytes % (1024 * 1024) == 0) {
            return (maxBytes / (1024 * 1024)) + " MiB";
        }
        if (maxBytes % 1024 == 0) {
            return (maxBytes / 1024) + " KiB";
        }
        return maxBytes + " bytes";
    }
}
