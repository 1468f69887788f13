package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.LogCapture;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every logger at TRACE while WSSE requests succeed, are retried and are refused: neither the API key, nor any digest,
 * nonce or whole X-WSSE value appears in a log line, an exception or a {@code toString()}.
 */
class WsseSecretLeakTest {

    private static final String API_KEY = "apikey-SECRET-5f4dcc3b5aa765d61d83";
    private static final Pattern FIELD = Pattern.compile("(PasswordDigest|Nonce)=\"([^\"]+)\"");

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final List<String> outputs = new ArrayList<>();
    private LogCapture capture;

    @BeforeEach
    void start() {
        capture = LogCapture.everythingAtTrace();
    }

    @AfterEach
    void stop() {
        capture.close();
        server.close();
    }

    private void run(ConnectorClient client, ApiRequest request) {
        try {
            outputs.add(String.valueOf(client.send(request)));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            outputs.add(e.getMessage());
            outputs.add(trace.toString());
        }
    }

    @Test
    void logsNoKeyDigestOrNonce() {
        OroWsseVerifier verifier = new OroWsseVerifier("api-user", API_KEY, clock);
        server.route("/admin/api/products", r -> verifier.answer(r, Reply.json(200, "{\"data\":[]}")));
        server.route("/admin/api/busy", r -> Reply.json(503, "{\"errors\":[]}").withHeader("Retry-After", "1"));
        server.route("/admin/api/users", r -> Reply.empty(401)
                .withHeader("WWW-Authenticate", "WSSE realm=\"Secured API\", profile=\"UsernameToken\""));
        WsseAuth auth = new WsseAuth("api-user", Secret.of(API_KEY));
        Connection connection = Connections.cloud(server.uri("/admin/api"), auth);

        try (ConnectorClient client = ConnectorClient.builder().connection(connection).platformName("Oro").clock(clock)
                .sleeper(new RecordingSleeper(clock)).build()) {
            outputs.add(client.toString());
            outputs.add(client.authPolicy().toString());
            run(client, ApiRequest.get(server.uri("/admin/api/products")));
            run(client, ApiRequest.get(server.uri("/admin/api/busy")));
            run(client, ApiRequest.get(server.uri("/admin/api/users")));
            ApiRequest signed = client.authPolicy().authorize(ApiRequest.get(server.uri("/admin/api/products")));
            outputs.add(signed.toString());
            outputs.add(signed.headers().toString());
        }
        outputs.add(auth.toString());
        outputs.add(connection.toString());
        assertThat(verifier.lastReason()).isEmpty();

        List<String> secrets = new ArrayList<>(List.of(API_KEY));
        for (RecordedRequest r : server.requests()) {
            String wsse = r.header("X-WSSE");
            secrets.add(wsse);
            Matcher m = FIELD.matcher(wsse);
            int found = 0;
            while (m.find()) {
                secrets.add(m.group(2));
                found++;
            }
            assertThat(found).isEqualTo(2);
        }
        assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(4);

        List<String> everything = new ArrayList<>(outputs);
        capture.lines().forEach(l -> everything.add(l.text()));
        assertThat(capture.lines()).isNotEmpty();
        for (String text : everything) {
            for (String secret : secrets) {
                assertThat(text).as("output must not contain a secret").doesNotContain(secret);
            }
        }
    }
}
