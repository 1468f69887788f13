package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.HttpTransport;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Signs in at a token endpoint once per call, over the connection's own transport (same pool, TLS and agent) but
 * never through an auth policy, never following redirects and never retrying: a refused sign-in is reported at once,
 * because platforms lock an account after a few failures (Magento: 6 failures, 30 minutes).
 */
public final class RequestAuthTokenFetcher implements TokenFetcher {

    private final RequestAuthSpec spec;
    private final HttpTransport transport;
    private final ErrorMapper errors;
    private final Clock clock;
    private final TokenResponseReader reader;

    public RequestAuthTokenFetcher(RequestAuthSpec spec, HttpTransport transport, ErrorMapper errors, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reader = new TokenResponseReader(errors.platformName());
    }

    @Override
    public AccessToken fetch() {
        ApiRequest request = spec.tokenRequest();
        ApiResponse response;
        try {
            response = transport.execute(request);
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
        if (!response.isSuccessful()) {
            throw errors.fromTokenResponse(request, response, List.of(spec.password()));
        }
        return reader.read(request, response, spec.tokenPointer(), spec.ttl(), clock.instant());
    }

    @Override
    public String toString() {
        return "RequestAuthTokenFetcher[" + spec + "]";
    }
}
