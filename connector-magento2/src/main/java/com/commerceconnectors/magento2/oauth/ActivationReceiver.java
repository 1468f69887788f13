package com.commerceconnectors.magento2.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The integration's callback URL: a small HTTP server that takes Magento's activation POST, answers {@code 200} at
 * once (Magento waits at most 5 seconds, {@code oauth/consumer/post_timeout}) and hands the activation to whoever
 * {@link #await awaits} it, who then runs the token exchange. The first valid activation counts; a POST that is not
 * one is answered {@code 400} and the wait goes on; other methods {@code 405}, other paths {@code 404}. Bodies are
 * read up to 64 KiB. Nothing received is logged.
 */
public final class ActivationReceiver implements AutoCloseable {

    /** The path Magento is told to post to, unless another is given. */
    public static final String DEFAULT_PATH = "/magento2/activate";

    private static final Logger LOG = LoggerFactory.getLogger(ActivationReceiver.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;
    private final CompletableFuture<ActivationCallback> activation = new CompletableFuture<>();

    private ActivationReceiver(HttpServer server, ExecutorService executor, String path) {
        this.server = server;
        this.executor = executor;
        this.path = path;
    }

    /**
     * Listens on {@code address} (port 0: any free port) for POSTs to {@code path}.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static ActivationReceiver start(InetSocketAddress address, String path) throws IOException {
        Objects.requireNonNull(address, "address");
        String p = path == null || path.isBlank() ? DEFAULT_PATH : path.startsWith("/") ? path : "/" + path;
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "magento2-activation-receiver");
            t.setDaemon(true);
            return t;
        });
        ActivationReceiver receiver = new ActivationReceiver(server, executor, p);
        server.createContext("/", receiver::handle);
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    /** The address it listens on (with the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://HOST:PORT/PATH} on the address listened on; behind a proxy or NAT, tell Magento that address. */
    public URI callbackUri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + path);
    }

    /**
     * Waits for the first valid activation.
     *
     * @return empty when none came within {@code timeout}
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Optional<ActivationCallback> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(activation.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            // never completed exceptionally
            return Optional.empty();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                answer(exchange, 404, "Not the activation callback: Magento posts to " + path);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().add("Allow", "POST");
                answer(exchange, 405, "The activation callback takes Magento's POST only");
                return;
            }
            String body = readBody(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, "The activation body is larger than Magento sends");
                return;
            }
            ActivationCallback callback;
            try {
                callback = ActivationCallback.fromForm(body);
            } catch (InvalidActivationException e) {
                LOG.warn("Ignored a POST to the activation callback: {}", e.getMessage());
                answer(exchange, 400, e.getMessage());
                return;
            }
            if (activation.isDone()) {
                answer(exchange, 409, "An activation was received already");
                return;
            }
            // answer first: Magento gives the callback 5 seconds, and the exchange starts only after it answered
            answer(exchange, 200, "Activation received");
            activation.complete(callback);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops listening; an activation already received stays available to {@link #await}. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "ActivationReceiver[" + callbackUri() + "]";
    }
}
