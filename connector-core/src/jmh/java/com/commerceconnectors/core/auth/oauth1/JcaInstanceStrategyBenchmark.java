package com.commerceconnectors.core.auth.oauth1;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.concurrent.TimeUnit;

/**
 * {@link Mac} and {@link Signature} are not thread-safe. Three ways to give each signature its own instance: clone a
 * prototype, keep one per thread, or make a new one per call. The signer clones Macs and makes a new Signature per
 * call; this measures what that choice costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JcaInstanceStrategyBenchmark {

    private byte[] baseString;
    private SecretKeySpec hmacKey;
    private Mac prototype;
    private ThreadLocal<Mac> macPerThread;
    private PrivateKey rsaKey;
    private ThreadLocal<Signature> signaturePerThread;

    @Setup
    public void setUp() throws Exception {
        baseString = BenchmarkRequests.baseString(SignatureAlgorithms.plaintext(
                com.commerceconnectors.connection.Secret.of("x"), null)).getBytes(StandardCharsets.UTF_8);
        hmacKey = new SecretKeySpec("bench-consumer-secret&bench-token-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        prototype = Mac.getInstance("HmacSHA256");
        prototype.init(hmacKey);
        macPerThread = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(hmacKey);
                return m;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        rsaKey = BenchmarkRequests.rsaKeyPair().getPrivate();
        signaturePerThread = ThreadLocal.withInitial(() -> {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(rsaKey);
                return s;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Benchmark
    public byte[] macClonePerCall() throws Exception {
        return ((Mac) prototype.clone()).doFinal(baseString);
    }

    @Benchmark
    public byte[] macPerThread() {
        return macPerThread.get().doFinal(baseString);
    }

    @Benchmark
    public byte[] macNewPerCall() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(hmacKey);
        return mac.doFinal(baseString);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] rsaSha256SignatureNewPerCall() throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(rsaKey);
        s.update(baseString);
        return s.sign();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] rsaSha256SignaturePerThread() throws Exception {
        Signature s = signaturePerThread.get();
        s.update(baseString);
        return s.sign();
    }
}
