package com.commerceconnectors.core.http;

import java.io.IOException;

/**
 * The HTTP seam: sends one request once and returns the complete answer, whatever its status. No retries, no
 * redirects, no authentication: {@link ConnectorClient} does those, so that every attempt is decorated afresh.
 * Implementations are thread-safe.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request and reads the whole answer.
     *
     * @throws IOException when no complete answer arrived (DNS, connect, TLS, timeout, dropped connection, a body
     *                     over the size limit)
     */
    ApiResponse execute(ApiRequest request) throws IOException;

    /** Releases pooled connections; the transport is unusable afterwards. */
    @Override
    default void close() {
    }
}
