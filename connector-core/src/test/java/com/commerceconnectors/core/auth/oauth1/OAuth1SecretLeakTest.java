package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every logger at TRACE while OAuth 1.0a requests succeed and fail: the base string is logged at DEBUG with the token
 * masked, and no secret — consumer secret, token secret, access token, signing key, signature, private key, its
 * passphrase (right or wrong) — appears in any log line, exception or {@code toString()}, in plain or percent-encoded
 * form.
 */
class OAuth1SecretLeakTest {

    private static final String CONSUMER_SECRET = "consumer-SECRET-q1w2e3";
    private static final String TOKEN_SECRET = "token-SECRET-r4t5y6";
    private static final String ACCESS_TOKEN = "access-SECRET-u7i8o9";
    private static final String WRONG_PASSPHRASE = "wrong-passphrase-SECRET-a1s2d3";
    private static final Pattern SIGNATURE = Pattern.compile("oauth_signature=\"([^\"]+)\"");

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

    private ConnectorClient client(OAuth1Auth auth) {
        Connection connection = Connections.cloud(server.uri("/rest"), auth);
        return ConnectorClient.builder().connection(connection).platformName("Magento").clock(clock)
                .sleeper(new RecordingSleeper(clock)).build();
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
    void logsTheMaskedBaseStringAndNoSecret() {
        server.route("/rest/V1/products", r -> Reply.json(200, "{\"items\":[]}"));
        server.route("/rest/V1/orders", r -> Reply.json(401, "{\"message\":\"The signature is invalid. Verify and try again.\"}"));
        server.route("/rest/V1/busy", r -> Reply.json(503, "{\"message\":\"busy\"}").withHeader("Retry-After", "1"));
        OAuth1Auth hmac = new OAuth1Auth(SignatureMethod.HMAC_SHA256, "ck", Secret.of(CONSUMER_SECRET),
                Secret.of(ACCESS_TOKEN), Secret.of(TOKEN_SECRET), null, "Shop");
        String pem = TestKeys.pem("oauthlib-rsa-1024-pkcs8.pem");
        OAuth1Auth rsa = new OAuth1Auth(SignatureMethod.RSA_SHA512, "ck", null, Secret.of(ACCESS_TOKEN), null,
                Secret.of(pem), null);

        try (ConnectorClient client = client(hmac)) {
            outputs.add(client.toString());
            outputs.add(client.authPolicy().toString());
            run(client, ApiRequest.get(server.uri("/rest/V1/products?searchCriteria%5BpageSize%5D=5")));
            run(client, ApiRequest.post(server.uri("/rest/V1/orders"))
                    .withBody("note=gift+wrap".getBytes(StandardCharsets.UTF_8), ApiRequest.FORM));
            run(client, ApiRequest.get(server.uri("/rest/V1/busy")));
        }
        try (ConnectorClient client = client(rsa)) {
            outputs.add(client.authPolicy().toString());
            run(client, ApiRequest.get(server.uri("/rest/V1/products")));
        }
        String encryptedPem = TestKeys.encryptedPkcs1("AES-256-CBC");
        OAuth1Auth encrypted = new OAuth1Auth(SignatureMethod.RSA_SHA256, "ck", null, Secret.of(ACCESS_TOKEN), null,
                Secret.of(encryptedPem), Secret.of(TestKeys.PASSPHRASE), null);
        outputs.add(encrypted.toString());
        try (ConnectorClient client = client(encrypted)) {
            outputs.add(client.toString());
            run(client, ApiRequest.get(server.uri("/rest/V1/products")));
        }
        OAuth1Auth wrongPassphrase = new OAuth1Auth(SignatureMethod.RSA_SHA256, "ck", null, Secret.of(ACCESS_TOKEN), null,
                Secret.of(encryptedPem), Secret.of(WRONG_PASSPHRASE), null);
        try {
            client(wrongPassphrase).close();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            outputs.add(e.getMessage());
            outputs.add(trace.toString());
        }
        OAuth1Signer signer = new OAuth1Signer(SignatureAlgorithms.forAuth(hmac), "Shop");
        SignedRequest signed = signer.sign(ApiRequest.get(server.uri("/rest/V1/products")),
                ProtocolParameters.of("ck", Secret.of(ACCESS_TOKEN), 1L, "n").withVerifier(Secret.of(TOKEN_SECRET)));
        outputs.add(signed.toString());
        outputs.add(signed.baseString().toString());
        outputs.add(signer.toString());
        outputs.add(signer.algorithm().toString());

        List<String> secrets = new ArrayList<>(List.of(CONSUMER_SECRET, TOKEN_SECRET, ACCESS_TOKEN,
                PercentEncoding.encode(CONSUMER_SECRET) + "&" + PercentEncoding.encode(TOKEN_SECRET),
                signed.signature(), PercentEncoding.encode(signed.signature())));
        for (RecordedRequest r : server.requests()) {
            Matcher m = SIGNATURE.matcher(r.header("Authorization"));
            assertThat(m.find()).isTrue();
            secrets.add(m.group(1));
            secrets.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        secrets.add(TestKeys.PASSPHRASE);
        secrets.add(WRONG_PASSPHRASE);
        for (String key : List.of(pem, encryptedPem)) {
            for (String line : key.split("\n")) {
                if (!line.startsWith("-----") && !line.startsWith("Proc-Type") && !line.isBlank()) {
                    secrets.add(line);
                }
            }
        }

        List<String> baseStringLines = capture.lines().stream()
                .filter(l -> l.logger().equals("com.commerceconnectors.core.auth.oauth1.BaseString"))
                .map(LogCapture.Line::text).toList();
        assertThat(baseStringLines).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(l -> assertThat(l).contains("oauth_token%3D******"));
        assertThat(baseStringLines.get(0)).startsWith("OAuth 1.0a HMAC-SHA256 base string: GET&http%3A%2F%2F127.0.0.1%3A")
                .contains("searchCriteria%255BpageSize%255D%3D5");

        List<String> everything = new ArrayList<>(outputs);
        capture.lines().forEach(l -> everything.add(l.text()));
        assertThat(everything).hasSizeGreaterThan(20);
        for (String text : everything) {
            for (String secret : secrets) {
                assertThat(text).as("output must not contain a secret").doesNotContain(secret);
            }
        }
    }
}
