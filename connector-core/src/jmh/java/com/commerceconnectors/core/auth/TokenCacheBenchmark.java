package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The token-cache hit path — what every request with a fetched token (request authentication, OAuth 2) pays once the
 * token is cached — beside a static bearer token, which needs no cache. {@code cacheGet} is the lookup alone,
 * {@code cachedPolicy} the lookup plus the header on a request copy, {@code staticBearer} that header without a
 * lookup: the difference between the last two is what the cache costs per request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenCacheBenchmark {

    private static final ApiRequest REQUEST = ApiRequest.get(URI.create("https://shop.example.com/rest/V1/products?searchCriteria%5BpageSize%5D=100"));
    private static final Secret TOKEN = Secret.of("eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ.bench-token-payload.bench-signature");

    private TokenCache cache;
    private TokenAuthPolicy cachedPolicy;
    private BearerAuthPolicy staticBearer;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        TokenFetcher fetcher = () -> new AccessToken(TOKEN, clock.instant(), clock.instant().plus(Duration.ofHours(4)),
                AccessToken.ExpirySource.EXPIRES_IN);
        cache = new TokenCache(fetcher, clock, TokenCacheSettings.DEFAULT);
        cachedPolicy = new TokenAuthPolicy("requestAuth", HeaderTemplate.BEARER, new TokenCache(fetcher, clock, TokenCacheSettings.DEFAULT));
        staticBearer = new BearerAuthPolicy(TOKEN);
        // the first get fetches: everything measured afterwards is a hit
        cache.get();
        cachedPolicy.authorize(REQUEST);
    }

    @Benchmark
    public AccessToken cacheGet() {
        return cache.get();
    }

    @Benchmark
    public ApiRequest cachedPolicy() {
        return cachedPolicy.authorize(REQUEST);
    }

    @Benchmark
    public ApiRequest staticBearer() {
        return staticBearer.authorize(REQUEST);
    }
}
