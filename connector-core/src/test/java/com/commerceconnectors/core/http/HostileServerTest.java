package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.Connections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers no well-behaved server gives, written byte for byte on a loopback socket: a body that never ends, a body
 * shorter than its Content-Length, JSON nested a hundred thousand deep. Each ends in a clear {@link ApiException}, with
 * memory bounded by the response limit, not by what the server sends.
 */
class HostileServerTest {

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        threads.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    /** A server that reads the request head, then lets {@code answer} write whatever it likes. */
    private URI serve(Answer answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    threads.execute(() -> {
                        try (s) {
                            readHead(s.getInputStream());
                            answer.write(s.getOutputStream());
                        } catch (IOException e) {
                            // the client hung up, as it should when it has had enough
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/rest/V1/products");
    }

    private interface Answer {
        void write(OutputStream out) throws IOException;
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static ConnectorClient client(URI uri, long maxResponseBytes) {
        TransportSettings settings = TransportSettings.of(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .withMaxResponseBytes(maxResponseBytes);
        return ConnectorClient.builder().connection(Connections.cloud(uri.resolve("/rest"), Connections.bearer("t")))
                .transportSettings(settings).retryPolicy(RetryPolicy.NONE).build();
    }

    @Test
    void aBodyThatNeverEndsStopsAtTheLimit() throws IOException {
        URI uri = serve(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("4000\r\n" + "[".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        });
        try (ConnectorClient client = client(uri, 256 * 1024)) {
            assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                        assertThat(e.reason()).isEqualTo(FailureReason.BODY_TOO_LARGE);
                        assertThat(e.getMessage()).contains("larger than the limit");
                    });
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws IOException {
        URI uri = serve(out -> out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9000000000\r\n\r\n[")
                .getBytes(StandardCharsets.US_ASCII)));
        try (ConnectorClient client = client(uri, 1024 * 1024)) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.reason()).isEqualTo(FailureReason.BODY_TOO_LARGE));
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsADroppedConnection() throws IOException {
        URI uri = serve(out -> out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                + "{\"items\":[{\"sku\":\"a\"").getBytes(StandardCharsets.US_ASCII)));
        try (ConnectorClient client = client(uri, 1024 * 1024)) {
            assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.CONNECTION_DROPPED);
                        assertThat(e.retryable()).as("a GET may be sent again").isTrue();
                    });
        }
    }

    @Test
    void jsonNestedAHundredThousandDeepIsAProtocolError() throws IOException {
        byte[] body = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
        URI uri = serve(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
        });
        try (ConnectorClient client = client(uri, 1024 * 1024)) {
            assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                        assertThat(e.reason()).isEqualTo(FailureReason.NOT_JSON);
                        assertThat(e.getMessage()).contains("not JSON").hasSizeLessThan(1000);
                    });
        }
    }

    @Test
    void aWrongTypeWhereJsonWasPromisedIsAProtocolErrorWithoutTheBody() throws IOException {
        byte[] body = "token=s3cr3t&x=\u0001\u0002\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1);
        URI uri = serve(out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
        });
        try (ConnectorClient client = client(uri, 1024 * 1024)) {
            assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.NOT_JSON);
                        assertThat(e.getMessage()).doesNotContain("s3cr3t");
                    });
        }
    }
}
