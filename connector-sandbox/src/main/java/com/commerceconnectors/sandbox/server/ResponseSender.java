package com.commerceconnectors.sandbox.server;

import com.commerceconnectors.sandbox.http.BodyWriter;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link SandboxResponse} to the JDK server, whole or deliberately broken. */
final class ResponseSender {

    private ResponseSender() {
    }

    /** Streams the body with chunked encoding, so a large search result never sits in memory. */
    static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        copyHeaders(exchange, response);
        Optional<BodyWriter> body = response.body();
        if (body.isEmpty()) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 16 * 1024)) {
            body.get().writeTo(out);
        }
    }

    /** A well-formed HTTP response whose body is only the first half of the real one. */
    static void sendTruncated(HttpExchange exchange, SandboxResponse response) throws IOException {
        byte[] full = response.render();
        int cut = full.length / 2;
        copyHeaders(exchange, response);
        if (cut == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), cut);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(full, 0, cut);
        }
    }

    /**
     * Announces the full {@code Content-Length}, writes half of the body and stops: the caller then closes the
     * exchange, which makes the JDK server drop the connection, and the client sees an early end of stream.
     */
    static void sendPrematureEnd(HttpExchange exchange, SandboxResponse response) throws IOException {
        byte[] full = response.render();
        copyHeaders(exchange, response);
        exchange.sendResponseHeaders(response.status(), Math.max(full.length, 2));
        OutputStream out = exchange.getResponseBody();
        out.write(full, 0, full.length / 2);
        out.flush();
    }

    private static void copyHeaders(HttpExchange exchange, SandboxResponse response) {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
    }
}
