package com.commerceconnectors.core.http;

import java.io.IOException;

/** The platform's answer exceeded the configured body size limit; the connection was discarded, not drained. */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public ResponseTooLargeException(long limitBytes) {
        super("response body larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
