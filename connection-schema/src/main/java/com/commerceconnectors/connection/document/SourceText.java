package com.commerceconnectors.connection.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of a connection document and where it came from.
 *
 * @param text          the document, decoded
 * @param sourceName    how to name it in messages (a file name, a resource, or a caller's label), never its content
 * @param baseDirectory where relative {@code ${file:…}} paths start: the document's directory, or the configured one
 */
public record SourceText(String text, String sourceName, Path baseDirectory) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }
}
