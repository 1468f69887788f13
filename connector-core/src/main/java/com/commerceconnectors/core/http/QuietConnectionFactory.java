package com.commerceconnectors.core.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

import java.io.IOException;
import java.net.Socket;

/** Creates {@link QuietClientConnection}s for the pool. */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        QuietClientConnection connection = new QuietClientConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }
}
