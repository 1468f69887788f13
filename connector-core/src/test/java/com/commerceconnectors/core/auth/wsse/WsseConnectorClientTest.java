package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WSSE requests sent through the real {@link ConnectorClient} to a loopback server that checks them the way Oro does
 * ({@link OroWsseVerifier}), with its own code and its own clock.
 */
class WsseConnectorClientTest {

    private static final String USER = "api-user";
    private static final String KEY = "dd1c18d06773cc377c9df6166c54c6e5fefa50fa";
    private static final Pattern NONCE = Pattern.compile("Nonce=\"([^\"]+)\"");

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorClient client(String key) {
        Connection connection = Connections.cloud(server.uri("/admin/api"), new WsseAuth(USER, Secret.of(key)));
        return ConnectorClient.builder().connection(connection).platformName("Oro").clock(clock).sleeper(sleeper)
                .random(() -> 0.5).build();
    }

    private OroWsseVerifier verifying(String path, Clock serverClock) {
        OroWsseVerifier verifier = new OroWsseVerifier(USER, KEY, serverClock);
        server.route(path, r -> verifier.answer(r, Reply.json(200, "{\"data\":[]}")));
        return verifier;
    }

    @Test
    void isACoreTypeSoAnOroClientNeedsNoRegistration() {
        assertThat(DefaultAuthPolicyFactory.standard().supportedTypes()).contains("wsse");
        try (ConnectorClient client = client(KEY)) {
            assertThat(client.authPolicy()).isInstanceOf(WsseAuthPolicy.class);
            assertThat(client.authPolicy().type()).isEqualTo("wsse");
        }
    }

    @Test
    void isAcceptedByAnOroStyleCheckAndSendsTheHeadersInOrosForm() {
        OroWsseVerifier verifier = verifying("/admin/api/products", clock);

        try (ConnectorClient client = client(KEY)) {
            assertThat(client.send(ApiRequest.get(server.uri("/admin/api/products?page%5Bsize%5D=10"))).status())
                    .isEqualTo(200);
        }

        assertThat(verifier.lastReason()).isEmpty();
        RecordedRequest received = server.requests().get(0);
        assertThat(received.header("Authorization")).isEqualTo("WSSE profile=\"UsernameToken\"");
        assertThat(received.header("X-WSSE")).matches("UsernameToken Username=\"api-user\", PasswordDigest=\"[A-Za-z0-9+/]{27}=\","
                + " Nonce=\"[A-Za-z0-9+/]{22}==\", Created=\"2026-05-04T09:59:55\\+00:00\"");
        assertThat(Base64.getDecoder().decode(verifier.lastFields().get("Nonce"))).hasSize(16);
    }

    @Test
    void isAcceptedByAServerWhoseClockIsAFewSecondsBehind() {
        MutableClock behind = MutableClock.at("2026-05-04T09:59:56Z");
        OroWsseVerifier verifier = verifying("/admin/api/products", behind);

        try (ConnectorClient client = client(KEY)) {
            assertThat(client.send(ApiRequest.get(server.uri("/admin/api/products"))).status()).isEqualTo(200);
        }
        assertThat(verifier.lastReason()).isEmpty();
    }

    @Test
    void theServerRefusesAReplayedHeaderAndAFutureCreated() throws Exception {
        OroWsseVerifier verifier = verifying("/admin/api/products", clock);
        try (ConnectorClient client = client(KEY)) {
            client.send(ApiRequest.get(server.uri("/admin/api/products")));
        }
        RecordedRequest first = server.requests().get(0);

        HttpResponse<String> replay = raw(first.header("X-WSSE"));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).isEmpty();
        assertThat(verifier.lastReason()).isEqualTo("Previously used nonce detected.");

        // one second ahead of the server, written in another offset: Oro allows no tolerance
        String future = OffsetDateTime.ofInstant(clock.instant().plusSeconds(1), ZoneOffset.ofHours(2))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(future).isEqualTo("2026-05-04T12:00:01+02:00");
        byte[] nonce = new byte[16];
        nonce[0] = 42;
        String header = "UsernameToken Username=\"" + USER + "\", PasswordDigest=\""
                + OroWsseVerifier.digest(nonce, future, KEY) + "\", Nonce=\"" + Base64.getEncoder().encodeToString(nonce)
                + "\", Created=\"" + future + "\"";
        assertThat(raw(header).statusCode()).isEqualTo(401);
        assertThat(verifier.lastReason()).isEqualTo("Future token detected.");
    }

    @Test
    void givesARetriedRequestANewNonceAndDigest() {
        OroWsseVerifier verifier = new OroWsseVerifier(USER, KEY, clock);
        AtomicInteger calls = new AtomicInteger();
        server.route("/admin/api/orders", r -> calls.getAndIncrement() == 0
                ? Reply.json(429, "{\"errors\":[{\"status\":\"429\",\"title\":\"too many requests\"}]}")
                        .withHeader("Retry-After", "2")
                : verifier.answer(r, Reply.json(200, "{\"data\":[]}")));

        try (ConnectorClient client = client(KEY)) {
            assertThat(client.send(ApiRequest.get(server.uri("/admin/api/orders"))).status()).isEqualTo(200);
        }

        assertThat(server.requests()).hasSize(2);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
        String firstWsse = server.requests().get(0).header("X-WSSE");
        String secondWsse = server.requests().get(1).header("X-WSSE");
        assertThat(nonce(secondWsse)).isNotEqualTo(nonce(firstWsse));
        assertThat(secondWsse).contains("Created=\"2026-05-04T09:59:57+00:00\"");
        assertThat(verifier.lastReason()).isEmpty();
    }

    @Test
    void doesNotReplayARefusalAndSaysWhatToCheck() {
        verifying("/admin/api/users", clock);

        try (ConnectorClient client = client("another-key")) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/admin/api/users"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a)
                                .startsWith("Oro refuses WSSE requests with an empty 401"));
                        assertThat(e.getMessage()).doesNotContain("another-key");
                    });
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refusesAConnectionWithoutAnApiKeyBeforeSendingAnything() {
        assertThatThrownBy(() -> client("")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).startsWith("auth.apiKey is empty");
        });
        assertThat(server.requests()).isEmpty();
    }

    private HttpResponse<String> raw(String wsse) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(server.uri("/admin/api/products"))
                .header("Authorization", "WSSE profile=\"UsernameToken\"").header("X-WSSE", wsse).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String nonce(String wsse) {
        Matcher m = NONCE.matcher(wsse);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
