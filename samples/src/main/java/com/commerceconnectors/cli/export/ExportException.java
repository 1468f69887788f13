package com.commerceconnectors.cli.export;

/** An export that did not complete. The message says why in an operator's words and never holds a secret. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
