package com.commerceconnectors.sandbox.server;

import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.http.Platform;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on 127.0.0.1, with a real thread pool (the JDK default answers one request at a time) and one
 * context per emulated platform.
 */
public final class SandboxServer implements AutoCloseable {

    private static final int BACKLOG = 512;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server leaves Nagle's algorithm on: the last small write of every response then waits for the
        // client's delayed ACK (about 40 ms per request on loopback). Read once, when the first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final DelayGate gate = new DelayGate();
    private final Map<String, String> mounts = new TreeMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds 127.0.0.1 on {@code port} (0 picks a free port) and starts answering.
     *
     * @throws IOException with a sentence naming the address when it cannot be bound
     */
    public static SandboxServer start(int port, int threads) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a TCP port is between 0 and 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("the sandbox needs at least one worker thread");
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        HttpServer server;
        try {
            server = HttpServer.create(address, BACKLOG);
        } catch (BindException e) {
            throw new IOException("Cannot listen on 127.0.0.1:" + port + ": the port is already in use", e);
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new WorkerThreads());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        SandboxServer sandboxServer = new SandboxServer(server, executor);
        server.createContext("/", sandboxServer::index);
        server.start();
        return sandboxServer;
    }

    /** Serves {@code platform} under {@code contextPath} (e.g. {@code /rest}), through the shared pipeline. */
    public synchronized void mount(String name, String contextPath, Platform platform, FaultInjector faults,
                                   RequestLog log, Clock clock) {
        server.createContext(contextPath, new EmulatorHandler(platform, faults, log, clock, gate));
        mounts.putIfAbsent(name, contextPath);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops at once: delayed responses are released, open connections closed, workers stopped. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        gate.open();
        server.stop(0);
        executor.shutdownNow();
    }

    private void index(HttpExchange exchange) throws IOException {
        try {
            if (!"/".equals(exchange.getRequestURI().getRawPath())) {
                byte[] body = "{\"message\":\"Nothing is served at this path.\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            StringBuilder json = new StringBuilder("{\"sandbox\":\"commerce-connectors\",\"platforms\":{");
            synchronized (this) {
                String separator = "";
                for (Map.Entry<String, String> mount : mounts.entrySet()) {
                    json.append(separator).append('"').append(mount.getKey()).append("\":\"")
                            .append(baseUri()).append(mount.getValue()).append('"');
                    separator = ",";
                }
            }
            byte[] body = json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
