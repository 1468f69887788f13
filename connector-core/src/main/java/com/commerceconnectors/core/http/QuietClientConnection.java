package com.commerceconnectors.core.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.util.Timeout;

import java.net.Socket;

/**
 * A pooled HTTP/1.1 connection that never writes to HttpClient's {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} loggers.
 * <p>
 * Why: HttpClient's own connection prints every request header (Authorization, X-WSSE, Cookie, Proxy-Authorization)
 * and every body byte (passwords sent to token endpoints, tokens in their answers) to those two loggers as soon as
 * they are at DEBUG. A logging configuration is not ours to control and may change at run time, so rather than
 * trusting those loggers to stay off, our pool creates connections that have no such logging at all. Requests are
 * logged by {@link ConnectorClient} instead, with credentials masked.
 */
final class QuietClientConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    private volatile Timeout activeTimeout = Timeout.DISABLED;

    QuietClientConnection() {
        // header fields as ISO-8859-1 bytes, as HttpClient's own connection factory does by default
        super(Http1Config.DEFAULT);
    }

    @Override
    public Socket getSocket() {
        var holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public void bind(Socket socket) throws java.io.IOException {
        super.bind(socket);
        activeTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(javax.net.ssl.SSLSocket sslSocket, Socket socket) throws java.io.IOException {
        super.bind(sslSocket, socket);
        activeTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        activeTimeout = timeout;
    }

    /** Idle in the pool: no timeout, so an idle connection is not torn down by a read timeout. */
    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(activeTimeout);
    }
}
