package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.http.ApiRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Oro's WSSE digest, {@code base64(sha1(nonce + Created + apiKey))}, in one run:
 * <ul>
 *   <li>{@code rawJca}: a ready {@link MessageDigest} over the same three inputs — the floor;</li>
 *   <li>{@code digest}: {@link PasswordDigest#of} on the same inputs, Base64 included;</li>
 *   <li>{@code token}: a whole {@code X-WSSE} value — fresh {@link java.security.SecureRandom} nonce, {@code Created}
 *       from the clock, digest, header text;</li>
 *   <li>{@code policy}: {@code authorize}, the two secret headers on a request copy.</li>
 * </ul>
 * The goal is {@code digest} within 1.5× of {@code rawJca}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WsseBenchmark {

    private static final ApiRequest REQUEST = ApiRequest.get(URI.create("https://oro.example.com/api/products?page%5Bsize%5D=100"));

    private final byte[] nonce = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final String created = "2026-05-04T09:59:55+00:00";
    private final Secret apiKey = Secret.of("4b5c1f0e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c");
    private MessageDigest sha1;
    private byte[] createdBytes;
    private byte[] apiKeyBytes;
    private WsseAuthPolicy policy;

    @Setup
    public void setUp() throws Exception {
        sha1 = MessageDigest.getInstance("SHA-1");
        createdBytes = created.getBytes(StandardCharsets.UTF_8);
        apiKeyBytes = apiKey.reveal().getBytes(StandardCharsets.UTF_8);
        policy = WsseAuthPolicy.create(new WsseAuth("bench-user", apiKey), Clock.systemUTC());
    }

    @Benchmark
    public byte[] rawJca() {
        sha1.update(nonce);
        sha1.update(createdBytes);
        sha1.update(apiKeyBytes);
        return sha1.digest();
    }

    @Benchmark
    public String digest() {
        return PasswordDigest.of(nonce, created, apiKey);
    }

    @Benchmark
    public String token() {
        return policy.nextToken().header();
    }

    @Benchmark
    public ApiRequest policy() {
        return policy.authorize(REQUEST);
    }
}
