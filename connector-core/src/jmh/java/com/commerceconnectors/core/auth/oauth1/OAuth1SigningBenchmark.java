package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.http.ApiRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * What signing costs beside the cryptography it cannot avoid. For each of the seven methods, in one run:
 * <ul>
 *   <li>{@code rawJca}: only the JCA call over the finished base string with a ready {@link Mac} or {@link Signature}
 *       (for PLAINTEXT, returning the key) — the floor;</li>
 *   <li>{@code sign}: the signer's whole job on the same request with fixed protocol parameters — parameter
 *       collection, base string, signature, {@code Authorization} header value;</li>
 *   <li>{@code policy}: what the client does per attempt — a fresh nonce from {@link java.security.SecureRandom}, the
 *       clock, {@code sign}, and the request copy that carries the header.</li>
 * </ul>
 * The goal is {@code sign} within 1.5× of {@code rawJca}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OAuth1SigningBenchmark {

    @Param({"HMAC-SHA256", "HMAC-SHA1", "HMAC-SHA512", "RSA-SHA1", "RSA-SHA256", "RSA-SHA512", "PLAINTEXT"})
    public String method;

    private OAuth1AuthPolicy policy;
    private OAuth1Signer signer;
    private ProtocolParameters fixed;
    private ApiRequest request;
    private byte[] baseString;
    private Mac mac;
    private Signature signature;
    private String plaintextKey;

    @Setup
    public void setUp() throws Exception {
        SignatureMethod m = SignatureMethod.fromId(method);
        KeyPair rsa = m.isRsa() ? BenchmarkRequests.rsaKeyPair() : null;
        policy = OAuth1AuthPolicy.create(BenchmarkRequests.auth(m, rsa), Clock.systemUTC());
        request = BenchmarkRequests.MAGENTO_SEARCH;
        signer = new OAuth1Signer(SignatureAlgorithms.forAuth(BenchmarkRequests.auth(m, rsa)), null);
        fixed = BenchmarkRequests.protocolParameters();
        baseString = BenchmarkRequests.baseString(SignatureAlgorithms.forAuth(BenchmarkRequests.auth(m, rsa)))
                .getBytes(StandardCharsets.UTF_8);
        String key = PercentEncoding.encode(BenchmarkRequests.CONSUMER_SECRET) + "&"
                + PercentEncoding.encode(BenchmarkRequests.TOKEN_SECRET);
        switch (m) {
            case HMAC_SHA1, HMAC_SHA256, HMAC_SHA512 -> {
                String jca = "Hmac" + method.substring("HMAC-".length());
                mac = Mac.getInstance(jca);
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), jca));
            }
            case RSA_SHA1, RSA_SHA256, RSA_SHA512 -> {
                signature = Signature.getInstance(method.substring("RSA-".length()) + "withRSA");
                signature.initSign(rsa.getPrivate());
            }
            case PLAINTEXT -> plaintextKey = key;
        }
    }

    @Benchmark
    public String sign() {
        return signer.sign(request, fixed).authorizationHeader();
    }

    @Benchmark
    public String policy() {
        return policy.authorize(request).headers().first("Authorization").orElseThrow();
    }

    @Benchmark
    public Object rawJca() throws Exception {
        if (mac != null) {
            return mac.doFinal(baseString);
        }
        if (signature != null) {
            // after sign() the Signature is ready for the next one with the same key
            signature.update(baseString);
            return signature.sign();
        }
        return plaintextKey;
    }
}
