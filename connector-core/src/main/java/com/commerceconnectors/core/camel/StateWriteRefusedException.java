package com.commerceconnectors.core.camel;

/**
 * A state repository refused to write a watermark because this node no longer owns the export: another node has
 * written or claimed it since this node last read or wrote it (a fenced, shared repository). The
 * {@link ExportConsumer} ends its poll with one log line carrying this message; the node that owns the export goes on
 * from the shared watermark. The message names the key, never a secret.
 */
public class StateWriteRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stateKey;

    public StateWriteRefusedException(String stateKey, String message) {
        super(message, null, false, false);
        this.stateKey = stateKey;
    }

    /** The key whose write was refused. */
    public String stateKey() {
        return stateKey;
    }
}
