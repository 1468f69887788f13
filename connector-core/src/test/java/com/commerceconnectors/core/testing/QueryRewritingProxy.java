package com.commerceconnectors.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A reverse proxy on 127.0.0.1 in front of a real server that can drop query parameters on the way, as a caching
 * proxy, a customised store or a buggy version would ignore them: the server then answers as if it had never been
 * asked for that sort or filter. Everything else (method, path, headers, body, the answer) passes through.
 */
public final class QueryRewritingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "date");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "query-rewriting-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final List<String> dropped = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> drop = name -> false;

    /** @param target the server's scheme, host and port; paths pass through as they are */
    public QueryRewritingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    /** Drops every query parameter whose decoded name matches, from now on. */
    public QueryRewritingProxy dropping(Predicate<String> parameterName) {
        this.drop = parameterName;
        return this;
    }

    /** {@code http://127.0.0.1:port} with the target's path: use it where the target's address would go. */
    public URI rewrite(URI targetUri) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + targetUri.getRawPath()
                + (targetUri.getRawQuery() == null ? "" : "?" + targetUri.getRawQuery()));
    }

    /** The decoded names of the parameters dropped so far, once per request. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = rewriteQuery(exchange.getRequestURI().getRawQuery());
            URI uri = URI.create(target.getScheme() + "://" + target.getRawAuthority() + exchange.getRequestURI().getRawPath()
                    + (query.isEmpty() ? "" : "?" + query));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            answer.headers().firstValue("date").ifPresent(d -> exchange.getResponseHeaders().set("Date", d));
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String rewriteQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            if (drop.test(name)) {
                dropped.add(name);
            } else {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
