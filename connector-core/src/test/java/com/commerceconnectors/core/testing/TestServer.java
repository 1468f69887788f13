package com.commerceconnectors.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP(S) server on 127.0.0.1 and a free port that answers scripted replies per path and records every request. */
public final class TestServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(RecordedRequest request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });
    private final String scheme;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private TestServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static TestServer http() {
        try {
            return new TestServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestServer https(SSLContext serverContext) {
        try {
            HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            s.setHttpsConfigurator(new HttpsConfigurator(serverContext));
            return new TestServer(s, "https");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri(String pathAndQuery) {
        return URI.create(scheme + "://127.0.0.1:" + port() + pathAndQuery);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int count(String path) {
        return requests(path).size();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI(), headers,
                    body, String.valueOf(exchange.getRemoteAddress().getPort()));
            requests.add(request);
            Handler handler = routes.get(exchange.getRequestURI().getPath());
            Reply reply;
            try {
                reply = handler == null ? Reply.json(404, "{\"message\":\"no such route\"}") : handler.handle(request);
            } catch (Exception e) {
                reply = Reply.json(500, "{\"message\":\"test handler failed\"}");
            }
            if (reply.drop()) {
                // closing before any response headers makes the server close the TCP connection: no answer at all
                return;
            }
            boolean chunked = "chunked".equals(reply.headers().get("Transfer-Encoding"));
            reply.headers().forEach((k, v) -> {
                if (!k.equals("Transfer-Encoding")) {
                    exchange.getResponseHeaders().add(k, v);
                }
            });
            boolean noBody = reply.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            // length 0 makes the JDK server send the body chunked, without a Content-Length
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : chunked ? 0 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
