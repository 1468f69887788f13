package com.commerceconnectors.commercelayer;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An on-premise agent (an HTTP forward proxy on loopback) whose network resolves every {@code *.commercelayer.test}
 * host to 127.0.0.1, as DNS resolves {@code <organization>.commercelayer.io} to Commerce Layer: requests to an
 * organization's derived address reach the sandbox without touching this machine's DNS.
 */
final class OrganizationDnsAgent implements AutoCloseable {

    static final String DOMAIN = ".commercelayer.test";

    private static final Set<String> NOT_COPIED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "proxy-connection", "keep-alive", "te", "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> hosts = new CopyOnWriteArrayList<>();

    private OrganizationDnsAgent(HttpServer server) {
        this.server = server;
    }

    static OrganizationDnsAgent start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OrganizationDnsAgent agent = new OrganizationDnsAgent(server);
        server.createContext("/", agent::forward);
        server.start();
        return agent;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The host of every request forwarded, as the client addressed it. */
    List<String> hosts() {
        return hosts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI target = exchange.getRequestURI(); // absolute form: the proxied request names its target
            hosts.add(target.getHost());
            HttpRequest.Builder request = HttpRequest.newBuilder(resolve(target))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("date")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private static URI resolve(URI target) {
        if (target.getHost() == null || !target.getHost().endsWith(DOMAIN)) {
            return target;
        }
        return URI.create(target.getScheme() + "://127.0.0.1:" + target.getPort() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
