package com.commerceconnectors.core.http;

import com.commerceconnectors.core.auth.AccessToken;
import com.commerceconnectors.core.auth.TokenResponseReader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.ErrorMapper;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based hostile answers: random bytes, truncated JSON, wrong types, deep nesting, huge bodies, broken
 * content types. Parsing a body as JSON, decoding an error body, mapping an error answer and reading a token answer
 * either succeed or fail with an {@link ApiException} whose message is short and says something; nothing else ever
 * escapes (jqwik fails the property on any other exception and shrinks it to the smallest input).
 */
class HostileResponsePropertyTest {

    private static final ApiRequest REQUEST = ApiRequest.get(URI.create("https://shop.example.com/rest/V1/products"));
    private static final ConnectorClient CLIENT = ConnectorClient.builder().platformName("Shop").build();
    private static final ErrorMapper ERRORS = ErrorMapper.standard("Shop");
    /** However large the body, what a person reads stays readable. */
    private static final int MAX_MESSAGE = 4000;

    @AfterContainer
    static void close() {
        CLIENT.close();
    }

    @Property(tries = 300)
    void anyBodyParsesAsJsonOrIsAProtocolError(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        ApiResponse response = response(200, contentType, body);
        try {
            JsonNode node = CLIENT.readJson(REQUEST, response);
            assertThat(node).isNotNull();
        } catch (ApiException e) {
            assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
            assertReadable(e);
        }
    }

    @Property(tries = 300)
    void everyTruncationOfAJsonAnswerIsHandled(@ForAll("jsonDocuments") String json, @ForAll @IntRange(max = 5000) int cut) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(bytes, Math.min(cut, bytes.length));
        try {
            CLIENT.readJson(REQUEST, response(200, "application/json", truncated));
        } catch (ApiException e) {
            assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
            assertThat(e.getMessage()).doesNotContain("s3cr3t");
            assertReadable(e);
        }
        assertReadable(ERRORS.fromResponse(REQUEST, response(500, "application/json", truncated), false));
    }

    @Property(tries = 40)
    void deepNestingIsAProtocolErrorNotAStackOverflow(@ForAll @IntRange(min = 1, max = 200_000) int depth,
                                                      @ForAll boolean objects) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        byte[] body = (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.US_ASCII);
        try {
            CLIENT.readJson(REQUEST, response(200, "application/json", body));
            assertThat(depth).as("Jackson's nesting limit").isLessThanOrEqualTo(1000);
        } catch (ApiException e) {
            assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
            assertReadable(e);
        }
        assertReadable(ERRORS.fromResponse(REQUEST, response(400, "application/json", body), false));
    }

    @Property(tries = 300)
    void anyErrorAnswerMapsToAReadableException(@ForAll @IntRange(min = 300, max = 599) int status,
                                                @ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType,
                                                @ForAll("headerJunk") String retryAfter, @ForAll boolean refreshed) {
        ApiResponse response = new ApiResponse(status, Headers.of("Content-Type", contentType, "Retry-After", retryAfter,
                "Date", retryAfter), body);
        ApiException e = ERRORS.fromResponse(REQUEST, response, refreshed);
        assertThat(e.status()).isEqualTo(status);
        assertReadable(e);
        DecodedError decoded = ERRORS.decode(response);
        assertThat(decoded).isNotNull();
    }

    @Property(tries = 30)
    void aHugeErrorBodyGivesAShortMessage(@ForAll("hugeBodies") byte[] body, @ForAll("contentTypes") String contentType) {
        assertReadable(ERRORS.fromResponse(REQUEST, response(502, contentType, body), false));
        assertReadable(ERRORS.notJson(REQUEST, response(200, contentType, body)));
    }

    @Property(tries = 300)
    void anyTokenAnswerGivesATokenOrAClearError(@ForAll("tokenAnswers") String body,
                                                @ForAll("tokenPointers") String pointer) {
        TokenResponseReader reader = new TokenResponseReader("Shop");
        try {
            AccessToken token = reader.read(REQUEST, response(200, "application/json", body.getBytes(StandardCharsets.UTF_8)),
                    pointer, Duration.ofHours(1), Instant.parse("2026-05-04T10:00:00Z"));
            assertThat(token.value().reveal()).isNotBlank();
            assertThat(token.toString()).contains("******");
            if (token.value().reveal().length() >= 8) {
                assertThat(token.toString()).doesNotContain(token.value().reveal());
            }
        } catch (ApiException e) {
            assertReadable(e);
        }
    }

    @Example
    void anExpiryBeyondTheClocksRangeIsCappedNotThrown() {
        TokenResponseReader reader = new TokenResponseReader("Shop");
        Instant now = Instant.parse("2026-05-04T10:00:00Z");
        for (String body : new String[] {"{\"access_token\":\"t\",\"expires_in\":1e30}",
                "{\"access_token\":\"t\",\"expires_in\":9223372036854775807}",
                // a JWT whose exp is 99999999999999999, beyond Instant's range
                "{\"access_token\":\"eyJhbGciOiJub25lIn0.eyJleHAiOjk5OTk5OTk5OTk5OTk5OTk5fQ.\"}"}) {
            AccessToken token = reader.read(REQUEST, response(200, "application/json", body.getBytes(StandardCharsets.UTF_8)),
                    null, null, now);
            assertThat(token.expiresAt()).isAfter(now.plus(Duration.ofDays(365 * 50)));
        }
    }

    private static ApiResponse response(int status, String contentType, byte[] body) {
        return new ApiResponse(status, Headers.of("Content-Type", contentType), body);
    }

    private static void assertReadable(ApiException e) {
        assertThat(e.summary()).isNotBlank();
        assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(MAX_MESSAGE);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2048),
                jsonDocuments().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().withChars("{}[]\":,\\0123456789.eE+-truefalsnul \n<>/!abc").ofMaxLength(500)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>",
                        "<html><title>" + "x".repeat(10_000) + "</title>", "<title>", "\uFEFF{\"message\":\"x\"}",
                        "{\"message\":\"%1 %2 %name\",\"parameters\":[{\"a\":1}]}", "{\"message\":null,\"parameters\":\"x\"}",
                        "{\"errors\":\"not a list\"}", "{\"errors\":[1,null,\"x\",{\"detail\":{}}]}", "\"s3cr3t-token\"",
                        "1e999999999", "{\"a\":1e999999999}", "-", "nul", "\u0000\u0000")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> hugeBodies() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(100_000, 3_000_000).map(n -> ("{\"message\":\"" + "m".repeat(n) + "\"}")
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(100_000, 3_000_000).map(n -> ("<html><title>" + "t".repeat(n) + "</title>")
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(100_000, 3_000_000).map(n -> ("line " + "w".repeat(n))
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1_000, 20_000).map(n -> ("{\"errors\":[" + "{\"detail\":\"d\"},".repeat(n)
                        + "{}]}").getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> jsonDocuments() {
        Arbitrary<String> leaves = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1.50", "1e308", "123456789012345678901234567890", "\"\"",
                        "\"s3cr3t\"", "\"\\u0000\"", "\"\\ud800\""),
                Arbitraries.strings().ofMaxLength(30).map(s -> com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString()));
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(5).map(items -> "[" + String.join(",", items) + "]"),
                inner.list().ofMaxSize(5).map(items -> {
                    StringBuilder s = new StringBuilder("{");
                    String[] keys = {"message", "parameters", "errors", "access_token", "expires_in", "token", "data", "x"};
                    for (int i = 0; i < items.size(); i++) {
                        s.append(i > 0 ? "," : "").append('"').append(keys[i % keys.length]).append("\":").append(items.get(i));
                    }
                    return s.append('}').toString();
                })), 0, 6);
    }

    @Provide
    Arbitrary<String> tokenAnswers() {
        return Arbitraries.oneOf(jsonDocuments(),
                Arbitraries.of("\"abc\"", "{\"access_token\":\"t\",\"expires_in\":\"99999999999999999999\"}",
                        "{\"access_token\":\"t\",\"expires_in\":-5}", "{\"access_token\":\"eyJhbGciOiJub25lIn0.eyJleHAiOiJ4In0.\"}",
                        "{\"access_token\":\"eyJhbGciOiJub25lIn0.eyJleHAiOjk5OTk5OTk5OTk5OTk5OTk5fQ.\"}",
                        "{\"access_token\":\"a.b.c\"}", "{\"access_token\":{}}", "{\"token\":[1]}", "{\"data\":{\"token\":\" \"}}",
                        "{\"access_token\":\"t\",\"expires_in\":1e400}"));
    }

    @Provide
    Arbitrary<String> tokenPointers() {
        return Arbitraries.of("", "/access_token", "/data/token", "/token", "/0", "/errors/0/x");
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("application/json", "application/json; charset=utf-16", "application/json; charset=nope",
                        "application/json; charset=\"", "text/html", "text/plain; charset=ISO-8859-1", "application/problem+json",
                        "application/vnd.api+json", ";", "", "application/xhtml+xml"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> headerJunk() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "0", "-1", "120", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT",
                        "Sun, 06 Nov 1994 08:49:37 GMT", "1.5", "NaN", "tomorrow"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40));
    }

    @Property(tries = 50)
    void bodyBytesAreNeverAliased(@ForAll @Size(max = 64) byte[] body) {
        ApiResponse response = response(200, "application/json", body);
        byte[] copy = response.body();
        if (copy.length > 0) {
            copy[0] ^= 1;
            assertThat(response.body()[0]).isEqualTo(body[0]);
        }
    }
}
