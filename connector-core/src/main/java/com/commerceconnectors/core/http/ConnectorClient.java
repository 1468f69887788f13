package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthContext;
import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.auth.AuthPolicyFactory;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.auth.TokenCacheSettings;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.ErrorBodyDecoder;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.error.SafeUri;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * What a connector uses to call its platform: authorize → send → on a 401 refresh once and replay → retry transient
 * failures → map errors. Thread-safe; one per (CamelContext, connection), see {@link ClientRegistry}.
 * <p>
 * Every attempt (retry, replay, same-origin redirect) is authorized afresh by the {@link AuthPolicy}. Redirects are
 * followed for GET and HEAD only, at most {@code maxRedirects} hops; once a hop leaves the original origin (scheme,
 * host, port) no credential header is sent any more. Retries follow {@link RetryPolicy} and
 * {@link com.commerceconnectors.core.error.Retryability}: a non-idempotent write is never sent twice unless the
 * platform provably did not process it.
 * <p>
 * A refused sign-in closes the connection's {@link AuthLatch}: until it is released, every call fails at once with
 * that refusal instead of signing in again. A registry joins the latch of each client it hands out to the latch of
 * its connection, so all clients of a connection stop together.
 */
public final class ConnectorClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorClient.class);
    // decimals stay BigDecimal: a price of 45.00 must not come back as the double 45.0
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Connection connection;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final AuthPolicy auth;
    private final AuthLatch authLatch;
    private final ErrorMapper errors;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final int maxRedirects;

    private ConnectorClient(Builder b, HttpTransport transport, boolean ownsTransport, AuthPolicy auth, AuthLatch authLatch,
                            ErrorMapper errors) {
        this.connection = b.connection;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.auth = auth;
        this.authLatch = authLatch;
        this.errors = errors;
        this.retryPolicy = b.retryPolicy;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.maxRedirects = b.maxRedirects;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends the request with the client's retry policy.
     *
     * @return the 2xx answer
     * @throws ApiException for anything else, with a message that says what to do
     */
    public ApiResponse send(ApiRequest request) {
        return send(request, retryPolicy);
    }

    /** Sends with another retry policy, e.g. {@link RetryPolicy#NONE} for a connection test that should answer now. */
    public ApiResponse send(ApiRequest request, RetryPolicy policy) {
        Objects.requireNonNull(request, "request");
        RetryPlanner planner = new RetryPlanner(policy, clock, random);
        Instant deadline = clock.instant().plus(policy.totalBudget());
        boolean replayed = false;
        int attempts = 0;
        while (true) {
            attempts++;
            ApiException failure;
            try {
                Exchange exchange = exchange(request);
                ApiResponse response = exchange.response();
                if (response.isSuccessful()) {
                    return response;
                }
                if (response.status() == 401 && !replayed && exchange.authorized()
                        && auth.onUnauthorized(exchange.sent(), response)) {
                    // a fresh credential, once; this does not use up a retry attempt
                    replayed = true;
                    attempts--;
                    LOG.debug("{} {} answered 401; replaying once with fresh credentials", request.method(), safe(exchange.sent().uri()));
                    continue;
                }
                failure = errors.fromResponse(exchange.sent(), response, replayed);
            } catch (IOException e) {
                failure = errors.fromIOException(request, e);
            } catch (ApiException e) {
                failure = e;
            } catch (RuntimeException e) {
                // HttpClient refusing a request it cannot express; no retry will change that
                failure = ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                        .summary("The request could not be sent (" + e.getClass().getSimpleName() + ")")
                        .advice("Check the resource path and parameters the route builds")
                        .request(request.method().name(), request.uri())
                        .cause(e)
                        .build();
            }
            RetryPlanner.Plan plan = planner.plan(failure, attempts, deadline);
            if (!plan.retry()) {
                throw plan.failure();
            }
            LOG.info("{} {} failed ({}); attempt {} of {} in {} ms", request.method(), safe(request.uri()),
                    failure.status() > 0 ? String.valueOf(failure.status()) : failure.reason().name().toLowerCase(java.util.Locale.ROOT),
                    attempts + 1, policy.maxAttempts(), plan.delay().toMillis());
            try {
                sleeper.sleep(plan.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.interrupted(request);
            }
        }
    }

    /**
     * Sends the request and parses the 2xx answer as JSON; an empty body is JSON {@code null}.
     *
     * @throws ApiException (PROTOCOL) when the answer is not JSON, e.g. an HTML page from a proxy
     */
    public JsonNode sendForJson(ApiRequest request) {
        ApiRequest withAccept = request.headers().contains("Accept") ? request : request.withHeader("Accept", "application/json");
        return readJson(withAccept, send(withAccept));
    }

    /** Parses an answer the client returned; for connectors that need headers as well as the JSON body. */
    public JsonNode readJson(ApiRequest request, ApiResponse response) {
        if (response.bodyLength() == 0) {
            return NullNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
        } catch (IOException e) {
            throw errors.notJson(request, response);
        }
    }

    public AuthPolicy authPolicy() {
        return auth;
    }

    public ErrorMapper errors() {
        return errors;
    }

    /** The sign-in latch this client's token caches obey: the connection's, once a registry handed the client out. */
    public AuthLatch authLatch() {
        return authLatch;
    }

    /** Joins this client's latch to the connection's, which every other client of the connection uses too. */
    void shareAuthLatch(AuthLatch connectionLatch) {
        authLatch.share(connectionLatch);
    }

    /** The connection this client was built for; empty for a client built from a transport only. */
    public Optional<Connection> connection() {
        return Optional.ofNullable(connection);
    }

    public Clock clock() {
        return clock;
    }

    /** Closes the connection pool if this client created it. */
    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "ConnectorClient[" + (connection == null ? errors.platformName() : connection.toString()) + ", auth="
                + auth.type() + "]";
    }

    /** One attempt: authorize, send, follow redirects for reads. */
    private Exchange exchange(ApiRequest request) throws IOException {
        ApiRequest current = request;
        boolean authorized = true;
        for (int hop = 0; ; hop++) {
            ApiRequest sent = authorized ? authorize(current) : current.withHeaders(current.headers().withoutSecrets());
            long started = System.nanoTime();
            ApiResponse response = transport.execute(sent);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> {} ({} bytes, {} ms)", sent.method(), safe(sent.uri()), response.status(),
                        response.bodyLength(), (System.nanoTime() - started) / 1_000_000);
            }
            if (LOG.isTraceEnabled()) {
                LOG.trace("request headers {}; response headers {}", sent.headers(), response.headers());
            }
            if (!Redirects.isRedirect(response.status()) || !Redirects.isFollowable(sent)) {
                return new Exchange(sent, response, authorized);
            }
            Optional<URI> next = Redirects.target(sent.uri(), response);
            if (next.isEmpty()) {
                return new Exchange(sent, response, authorized);
            }
            if (hop >= maxRedirects) {
                throw ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.REDIRECT)
                        .status(response.status())
                        .summary(errors.platformName() + " redirected the request more than " + maxRedirects + " times")
                        .advice("Check baseUri: use the address the platform finally answers at")
                        .request(request.method().name(), request.uri())
                        .build();
            }
            // credentials only ever go to the origin the caller addressed
            authorized = authorized && Redirects.sameOrigin(request.uri(), next.get());
            current = current.withUri(next.get());
        }
    }

    private ApiRequest authorize(ApiRequest request) {
        try {
            return auth.authorize(request);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.builder(ErrorCategory.CONFIGURATION, FailureReason.OTHER)
                    .summary("The " + auth.type() + " auth policy could not authorize the request ("
                            + e.getClass().getSimpleName() + ")")
                    .advice("Check the connection's auth settings")
                    .request(request.method().name(), request.uri())
                    .cause(e)
                    .build();
        }
    }

    private static String safe(URI uri) {
        return SafeUri.of(uri);
    }

    /** The connector's advice, then the auth policy's on top; an advisor that fails leaves the advice before it. */
    private static ErrorAdvisor withPolicyAdvice(ErrorAdvisor connector, AuthPolicy policy) {
        return (failure, defaultAdvice) -> {
            String advice = defaultAdvice;
            try {
                String said = connector.advise(failure, defaultAdvice);
                advice = said == null ? defaultAdvice : said;
            } catch (RuntimeException e) {
                // keep the generic advice
            }
            try {
                String refined = policy.advise(failure, advice);
                return refined == null ? advice : refined;
            } catch (RuntimeException e) {
                return advice;
            }
        };
    }

    /** What was actually sent, what came back, and whether it carried credentials. */
    private record Exchange(ApiRequest sent, ApiResponse response, boolean authorized) {
    }

    /**
     * Builds a client. Give a {@link Connection} (the usual), or a {@link HttpTransport} and an {@link AuthPolicy}
     * (tests, tools).
     */
    public static final class Builder {
        private Connection connection;
        private String platformName;
        private HttpTransport transport;
        private TransportSettings transportSettings;
        private SSLContext sslContext;
        private AuthPolicy authPolicy;
        private AuthPolicyFactory authPolicyFactory = DefaultAuthPolicyFactory.standard();
        private TokenCacheSettings tokenCacheSettings = TokenCacheSettings.DEFAULT;
        private Duration authFailureBackoff;
        private AuthLatch authLatch;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private ErrorBodyDecoder errorDecoder = ErrorBodyDecoder.standard();
        private ErrorAdvisor errorAdvisor = ErrorAdvisor.standard();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private int maxRedirects = 3;

        private Builder() {
        }

        /** The connection: its timeouts, agent and auth configure the client. */
        public Builder connection(Connection value) {
            this.connection = value;
            return this;
        }

        /** How messages name the platform, e.g. "Magento". */
        public Builder platformName(String value) {
            this.platformName = value;
            return this;
        }

        /** A transport to use instead of creating one; the client will not close it. */
        public Builder transport(HttpTransport value) {
            this.transport = value;
            return this;
        }

        /** Settings for the transport the client creates (default: from the connection). */
        public Builder transportSettings(TransportSettings value) {
            this.transportSettings = value;
            return this;
        }

        /** TLS trust and keys; {@code null} for the JVM's default trust. See {@code CamelTls} for SSLContextParameters. */
        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        /**
         * A fixed policy, instead of one made from the connection by the factory. Its token caches keep the latches
         * they were made with.
         */
        public Builder authPolicy(AuthPolicy value) {
            this.authPolicy = value;
            return this;
        }

        public Builder authPolicyFactory(AuthPolicyFactory value) {
            this.authPolicyFactory = Objects.requireNonNull(value, "authPolicyFactory");
            return this;
        }

        public Builder tokenCacheSettings(TokenCacheSettings value) {
            this.tokenCacheSettings = Objects.requireNonNull(value, "tokenCacheSettings");
            return this;
        }

        /**
         * How long a refused sign-in stops further sign-ins (default 30 minutes) unless the connection changes or an
         * operator resets the latch first; replaces the token cache settings' back-off.
         */
        public Builder authFailureBackoff(Duration value) {
            Objects.requireNonNull(value, "authFailureBackoff");
            if (value.isNegative()) {
                throw new IllegalArgumentException("authFailureBackoff must not be negative");
            }
            this.authFailureBackoff = value;
            return this;
        }

        /**
         * The sign-in latch to obey (default: one of the client's own, which a {@link ClientRegistry} joins to the
         * connection's). Give one to share it between clients built outside a registry.
         */
        public Builder authLatch(AuthLatch value) {
            this.authLatch = Objects.requireNonNull(value, "authLatch");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        public Builder errorDecoder(ErrorBodyDecoder value) {
            this.errorDecoder = Objects.requireNonNull(value, "errorDecoder");
            return this;
        }

        public Builder errorAdvisor(ErrorAdvisor value) {
            this.errorAdvisor = Objects.requireNonNull(value, "errorAdvisor");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** The retry policy, sleeper and clock a component's clients share. */
        public Builder options(ClientOptions value) {
            return retryPolicy(value.retryPolicy()).sleeper(value.sleeper()).clock(value.clock())
                    .authFailureBackoff(value.authFailureBackoff());
        }

        /** Source of jitter in [0, 1). */
        public Builder random(DoubleSupplier value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        public Builder maxRedirects(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative");
            }
            this.maxRedirects = value;
            return this;
        }

        /**
         * Creates the client: the pool (unless a transport was given) and the auth policy. Nothing is sent yet.
         *
         * @throws ApiException (CONFIGURATION) when the connection cannot work as written (an agent scheme other than
         *                      http, https or socks5, an auth type not supported, an unusable requestAuth)
         */
        public ConnectorClient build() {
            // token requests get the connector's advice; the client's own failures also the auth policy's
            ErrorMapper tokenErrors = new ErrorMapper(platformName, errorDecoder, errorAdvisor, clock);
            boolean owns = transport == null;
            HttpTransport t = transport;
            if (owns) {
                TransportSettings settings = transportSettings != null ? transportSettings
                        : connection != null ? TransportSettings.forConnection(connection) : TransportSettings.defaults();
                if (sslContext != null) {
                    settings = settings.withSslContext(sslContext);
                }
                t = ApacheHttpTransport.create(settings);
            }
            AuthLatch latch = authLatch != null ? authLatch
                    : new AuthLatch(connection != null ? connection.name() : "this connection");
            TokenCacheSettings cacheSettings = authFailureBackoff == null ? tokenCacheSettings
                    : tokenCacheSettings.withAuthFailureBackoff(authFailureBackoff);
            try {
                AuthPolicy policy = authPolicy != null ? authPolicy
                        : connection != null ? authPolicyFactory.create(new AuthContext(connection, t, tokenErrors, clock,
                        cacheSettings, latch))
                        : AuthPolicy.none();
                ErrorMapper errors = new ErrorMapper(platformName, errorDecoder, withPolicyAdvice(errorAdvisor, policy), clock);
                return new ConnectorClient(this, t, owns, policy, latch, errors);
            } catch (RuntimeException e) {
                if (owns) {
                    t.close();
                }
                throw e;
            }
        }
    }
}
