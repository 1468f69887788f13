package com.commerceconnectors.commercelayer.api;

import com.commerceconnectors.commercelayer.auth.ApiBaseUri;
import com.commerceconnectors.commercelayer.auth.AuthServer;
import com.commerceconnectors.commercelayer.auth.TokenClaims;
import com.commerceconnectors.commercelayer.support.CommerceLayerErrorAdvisor;
import com.commerceconnectors.commercelayer.support.CommerceLayerErrorDecoder;
import com.commerceconnectors.commercelayer.support.CommerceLayerRateLimits;
import com.commerceconnectors.commercelayer.support.ConnectionProbe;
import com.commerceconnectors.connection.BearerAuth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.auth.JwtClaims;
import com.commerceconnectors.core.auth.oauth2.OAuth2AuthPolicy;
import com.commerceconnectors.core.camel.CamelTls;
import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.core.check.ConnectionTester;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ClientKey;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.core.http.ApiUris;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.core.http.RateWindows;
import com.commerceconnectors.core.http.RequestPacer;
import com.commerceconnectors.core.jsonapi.JsonApi;
import com.commerceconnectors.core.jsonapi.JsonApiDocument;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Commerce Layer's API as the component uses it: JSON:API reads and writes below {@code <baseUri>/api/}, on the shared
 * {@link ConnectorClient} of the connection (one pool and one token cache per CamelContext, as the auth endpoint allows
 * only about 30 token requests a minute). Without a {@code baseUri} the address comes from the token's organization.
 */
public final class CommerceLayerApi {

    /** How messages name the platform. */
    public static final String PLATFORM = "Commerce Layer";

    /** What a write answered: the status and the JSON:API document ({@code null} node for a 204). */
    public record WriteResponse(int status, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The connection test reads one SKU code: cheap, and every kind of application may read SKUs. */
    private static final String PROBE_QUERY = new JsonApiQuery().fields("skus", "code").pageSize(1).toQueryString();

    private final Connection connection;
    private final Supplier<ConnectorClient> client;

    CommerceLayerApi(Connection connection, Supplier<ConnectorClient> client) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** What tells one client apart from another besides its connection and TLS: its options and whether it paces. */
    private record Settings(ClientOptions options, boolean paced) {
    }

    /**
     * The API of a connection within a CamelContext; the client is shared with every endpoint using an equal connection
     * and options. Paced clients of the context share their rate-limit windows, so connections of one organisation
     * wait for one another.
     *
     * @param paced whether requests are paced by the {@code X-Ratelimit-*} headers
     */
    public static CommerceLayerApi create(CamelContext context, Connection connection, SSLContextParameters tls,
                                          ClientOptions options, boolean paced) {
        SSLContext ssl = tls == null ? null : CamelTls.sslContext(tls, context);
        ConnectorClients clients = ConnectorClients.of(context);
        RequestPacer pacer = paced ? CommerceLayerRateLimits.pacer(clients.rateWindows()) : CommerceLayerRateLimits.unpaced();
        return new CommerceLayerApi(connection, clients.handle(clientKey(connection, tls, options, paced),
                c -> newClient(c, ssl, options, pacer)));
    }

    /** The key the context's client of these settings is registered under. */
    public static ClientKey clientKey(Connection connection, SSLContextParameters tls, ClientOptions options,
                                      boolean paced) {
        return ClientKey.of(connection, tls, new Settings(options, paced));
    }

    /** A standalone API over a client of its own, for code outside Camel; close the client when done. */
    public static CommerceLayerApi standalone(ConnectorClient client) {
        return new CommerceLayerApi(client.connection().orElseThrow(), () -> client);
    }

    /**
     * A client configured for Commerce Layer: its auth server, its error advice, retries with jittered back-off, and
     * requests paced by the rate-limit headers in windows of its own.
     */
    public static ConnectorClient newClient(Connection connection, SSLContext ssl, ClientOptions options) {
        return newClient(connection, ssl, options, CommerceLayerRateLimits.pacer(new RateWindows()));
    }

    /** A client configured for Commerce Layer, paced by {@code pacer}. */
    public static ConnectorClient newClient(Connection connection, SSLContext ssl, ClientOptions options,
                                            RequestPacer pacer) {
        return ConnectorClient.builder()
                .connection(connection)
                .platformName(PLATFORM)
                .sslContext(ssl)
                .authPolicyFactory(DefaultAuthPolicyFactory.builder()
                        .register("oauth2", ctx -> {
                            OAuth2Auth auth = (OAuth2Auth) ctx.connection().auth();
                            return OAuth2AuthPolicy.create(auth, ctx, AuthServer.endpointsFor(auth));
                        })
                        .build())
                .errorDecoder(CommerceLayerErrorDecoder.INSTANCE)
                .errorAdvisor(CommerceLayerErrorAdvisor.forAuthType(connection.auth().type()))
                .options(options)
                .pacer(pacer)
                .build();
    }

    public Connection connection() {
        return connection;
    }

    /** The connection's client (created on first use). */
    public ConnectorClient client() {
        return client.get();
    }

    /** The OAuth2 policy of an oauth2 connection: its tokens, claims and revocation. */
    public Optional<OAuth2AuthPolicy> oauth2() {
        return client.get().authPolicy() instanceof OAuth2AuthPolicy p ? Optional.of(p) : Optional.empty();
    }

    /**
     * The claims of the token in use: an oauth2 connection's current token (fetched when none is held), a bearer
     * connection's token. Empty when the token is not a JWT.
     */
    public Optional<TokenClaims> claims() {
        if (connection.auth() instanceof BearerAuth bearer) {
            return JwtClaims.claims(bearer.token().reveal()).map(TokenClaims::of);
        }
        return oauth2().flatMap(OAuth2AuthPolicy::claims).map(TokenClaims::of);
    }

    /** The claims of a token already held, without asking for one. */
    public Optional<TokenClaims> heldClaims() {
        if (connection.auth() instanceof BearerAuth) {
            return claims();
        }
        return oauth2().flatMap(p -> p.tokenCache().current())
                .flatMap(t -> JwtClaims.claims(t.value().reveal()))
                .map(TokenClaims::of);
    }

    /** The connection's baseUri, or the organization's address derived from the token when it has none. */
    public URI baseUri() {
        if (connection.baseUri() != null) {
            return connection.baseUri();
        }
        TokenClaims claims = claims().orElseThrow(() -> ApiException.configuration(
                "The connection has no baseUri and its access token is not a JWT to derive it from",
                "Set baseUri to https://<your organization>.commercelayer.io"));
        return ApiBaseUri.fromClaims(claims);
    }

    /** One page of a list: {@code GET /api/<resource>?<query>}. */
    public ListPage list(ResourcePath resource, JsonApiQuery query) {
        ApiRequest request = read(uri(resource.path(), query.toQueryString()));
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        JsonApiDocument document = JsonApiDocument.of(c.readJson(request, response), PLATFORM);
        if (!document.isCollection()) {
            throw protocol(request, "one resource where a list was expected");
        }
        JsonNode meta = document.meta().orElse(null);
        Long recordCount = meta != null && meta.path("record_count").canConvertToLong() ? meta.get("record_count").asLong() : null;
        Integer pageCount = meta != null && meta.path("page_count").canConvertToInt() ? meta.get("page_count").asInt() : null;
        return ListPage.of(document.records(), recordCount, pageCount, response.serverTime().orElse(null));
    }

    /** One record by id, with the query's include and fields. */
    public ObjectNode get(ResourcePath resource, String id, JsonApiQuery query) {
        ApiRequest request = read(uri(resource.recordPath(id), query == null ? null : query.toQueryString()));
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        return JsonApiDocument.of(c.readJson(request, response), PLATFORM).record()
                .orElseThrow(() -> protocol(request, "no resource where one record was expected"));
    }

    /**
     * Sends a write ({@code POST}, {@code PATCH} or {@code DELETE}) of a JSON:API document to a path below
     * {@code /api/}. POST and PATCH are never repeated after a failure whose outcome is unknown.
     */
    public WriteResponse write(HttpMethod method, String path, JsonNode document) {
        ApiRequest request = ApiRequest.of(method, uri(path, null)).withHeader("Accept", JsonApi.MEDIA_TYPE);
        if (document != null) {
            try {
                request = request.withBody(JSON.writeValueAsBytes(document), JsonApi.MEDIA_TYPE);
            } catch (JsonProcessingException e) {
                throw ApiException.configuration("The record could not be written as JSON (" + e.getOriginalMessage() + ")",
                        "Send a map, a JSON object or a JSON:API document");
            }
        }
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        return new WriteResponse(response.status(), c.readJson(request, response));
    }

    /** Calls any path below {@code /api/} (a query string may follow); GET, PUT and DELETE may be retried. */
    public RawCall.Result raw(String method, String pathAndQuery, byte[] body) {
        RawCall call = RawCall.parse(method, pathAndQuery, "GET, POST, PATCH or DELETE");
        String path = call.path().startsWith("api/") ? call.path().substring(4) : call.path();
        ApiRequest request = ApiRequest.of(call.method(), uri(path, call.query())).withHeader("Accept", JsonApi.MEDIA_TYPE);
        if (body != null && body.length > 0) {
            request = request.withBody(body, JsonApi.MEDIA_TYPE);
        }
        return RawCall.send(client.get(), request);
    }

    /**
     * A cheap authenticated call, classified; never throws. A success reports what the token says: organization,
     * application kind, scope, test or live, markets, and where the API address came from.
     */
    public TestResult testConnection() {
        ConnectionTester tester = new ConnectionTester("commercelayer", Clock.systemUTC(), new ConnectionProbe(connection, this::heldClaims),
                ConnectionTester.DEFAULT_MAX_SKEW);
        String authType = connection.auth().type();
        ConnectorClient c;
        URI probe;
        try {
            c = client.get();
            probe = uri("skus", PROBE_QUERY);
        } catch (RuntimeException e) {
            // a token refused while finding the API's address is an authentication failure like any other
            return tester.configurationProblem(authType, e);
        }
        return tester.test(c, read(probe));
    }

    /**
     * Revokes the oauth2 token held now; the next call obtains a new one.
     *
     * @return whether a token was revoked ({@code false}: none was held)
     * @throws ApiException CONFIGURATION for a bearer connection or a token endpoint with no revocation endpoint beside
     *                      it; the platform's refusal otherwise
     */
    public boolean revokeToken() {
        OAuth2AuthPolicy policy = oauth2().orElseThrow(() -> ApiException.configuration(
                "Only tokens of an oauth2 connection can be revoked here; connection '" + connection.name() + "' uses "
                        + connection.auth().type(),
                "Revoke a bearer token where it was issued"));
        if (!policy.canRevoke()) {
            throw ApiException.configuration("The token endpoint " + policy.tokenUri() + " does not end in /oauth/token,"
                    + " so where its tokens are revoked is not known", "Use Commerce Layer's auth endpoint in auth.tokenUri");
        }
        return policy.revoke();
    }

    private static ApiRequest read(URI uri) {
        return ApiRequest.get(uri).withHeader("Accept", JsonApi.MEDIA_TYPE);
    }

    URI uri(String path, String query) {
        return ApiUris.below(baseUri(), "api/" + path, query);
    }

    private static ApiException protocol(ApiRequest request, String what) {
        return ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                .summary(PLATFORM + " answered with " + what)
                .advice("Check the resource path: a list is a plural name (skus), a record its id (skus/<id>)")
                .request(request.method().name(), request.uri())
                .build();
    }
}
