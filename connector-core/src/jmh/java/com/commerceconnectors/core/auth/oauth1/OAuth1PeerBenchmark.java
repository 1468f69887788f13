package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
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
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * OAuth 1.0a HMAC-SHA1 beside an established Java library signing the same request with the same credentials:
 * ScribeJava's {@code OAuth10aService.signRequest} (query parsing, base string, HMAC-SHA1, header — with its own
 * timestamp and nonce), against our {@code policy} (the same job, with a {@link java.security.SecureRandom} nonce), our
 * {@code sign} (fixed nonce and time) and the raw {@link Mac} call over the base string.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OAuth1PeerBenchmark {

    private OAuth1AuthPolicy policy;
    private OAuth1Signer signer;
    private ProtocolParameters fixed;
    private byte[] baseString;
    private Mac mac;
    private OAuth10aService scribe;
    private OAuth1AccessToken scribeToken;
    private String url;

    @Setup
    public void setUp() throws Exception {
        policy = OAuth1AuthPolicy.create(BenchmarkRequests.auth(SignatureMethod.HMAC_SHA1, null), Clock.systemUTC());
        SignatureAlgorithm algorithm = SignatureAlgorithms.forAuth(BenchmarkRequests.auth(SignatureMethod.HMAC_SHA1, null));
        signer = new OAuth1Signer(algorithm, null);
        fixed = BenchmarkRequests.protocolParameters();
        baseString = BenchmarkRequests.baseString(algorithm).getBytes(StandardCharsets.UTF_8);
        String key = PercentEncoding.encode(BenchmarkRequests.CONSUMER_SECRET) + "&"
                + PercentEncoding.encode(BenchmarkRequests.TOKEN_SECRET);
        mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        scribe = new ServiceBuilder("bench-consumer-key").apiSecret(BenchmarkRequests.CONSUMER_SECRET).build(new Endpoints());
        scribeToken = new OAuth1AccessToken(BenchmarkRequests.ACCESS_TOKEN, BenchmarkRequests.TOKEN_SECRET);
        url = BenchmarkRequests.MAGENTO_SEARCH.uri().toString();
    }

    @Benchmark
    public byte[] rawJca() {
        return mac.doFinal(baseString);
    }

    @Benchmark
    public String sign() {
        return signer.sign(BenchmarkRequests.MAGENTO_SEARCH, fixed).authorizationHeader();
    }

    @Benchmark
    public String policy() {
        return policy.authorize(BenchmarkRequests.MAGENTO_SEARCH).headers().first("Authorization").orElseThrow();
    }

    @Benchmark
    public String scribeJava() {
        OAuthRequest request = new OAuthRequest(Verb.GET, url);
        scribe.signRequest(scribeToken, request);
        return request.getHeaders().get("Authorization");
    }

    /** ScribeJava wants a provider; only resource requests are signed here, so its endpoints are never called. */
    static final class Endpoints extends DefaultApi10a {
        @Override
        public String getRequestTokenEndpoint() {
            return "https://shop.example.com/oauth/token/request";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return "https://shop.example.com/oauth/token/access";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return "https://shop.example.com/admin/oauth_authorize";
        }
    }
}
