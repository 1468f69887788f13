package com.commerceconnectors.magento2;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A faulty on-premise agent: an HTTP forward proxy on loopback that sends every request on with the
 * {@code Authorization} header of the first one it saw — the replay an OAuth 1.0a nonce exists to catch.
 */
final class ReplayingAgent implements AutoCloseable {

    /** Headers the JDK client sets itself. */
    private static final Set<String> NOT_COPIED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "proxy-connection", "keep-alive", "te", "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicReference<String> firstAuthorization = new AtomicReference<>();
    private final AtomicInteger forwarded = new AtomicInteger();

    private ReplayingAgent(HttpServer server) {
        this.server = server;
    }

    static ReplayingAgent start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ReplayingAgent agent = new ReplayingAgent(server);
        server.createContext("/", agent::forward);
        server.start();
        return agent;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests forwarded so far. */
    int forwarded() {
        return forwarded.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            // a proxied request names its target in absolute form
            HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (NOT_COPIED.contains(lower)) {
                    return;
                }
                if (lower.equals("authorization")) {
                    firstAuthorization.compareAndSet(null, values.get(0));
                    request.header(name, firstAuthorization.get());
                    return;
                }
                values.forEach(v -> request.header(name, v));
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            forwarded.incrementAndGet();
            response.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
