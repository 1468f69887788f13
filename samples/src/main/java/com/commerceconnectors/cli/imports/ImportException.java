package com.commerceconnectors.cli.imports;

/** An import that could not run. The message says why in an operator's words and never holds a secret. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
