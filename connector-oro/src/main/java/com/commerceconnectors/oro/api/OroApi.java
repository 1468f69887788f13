package com.commerceconnectors.oro.api;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.auth.oauth1.PercentEncoding;
import com.commerceconnectors.core.auth.oauth2.OAuth2AuthPolicy;
import com.commerceconnectors.core.auth.oauth2.OAuth2Endpoints;
import com.commerceconnectors.core.camel.CamelTls;
import com.commerceconnectors.core.camel.ConnectorClients;
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
import com.commerceconnectors.core.jsonapi.JsonApi;
import com.commerceconnectors.core.jsonapi.JsonApiDocument;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.support.OroConnectionProbe;
import com.commerceconnectors.oro.support.OroErrorAdvisor;
import com.commerceconnectors.oro.support.OroErrorBodyDecoder;
import com.commerceconnectors.oro.support.OroPaths;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.paging.ListPage;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Oro's JSON:API as the component uses it — collections, single records, writes, raw calls and the connection test —
 * below {@code baseUri + apiPath} ({@code /admin/api} for the back office, {@code /api} for the storefront), on the
 * shared {@link ConnectorClient} of the connection (one pool and one token cache per CamelContext and connection).
 */
public final class OroApi {

    /** What a write answered: its status and the saved record ({@code null} when the answer had no body). */
    public record WriteResponse(int status, ObjectNode record) {
    }

    /** The path of Oro's OAuth2 token endpoint below the application root. */
    public static final String TOKEN_PATH = "/oauth2-token";
    /** Oro's default when a connection names no API path: the storefront API. */
    public static final String DEFAULT_API_PATH = OroPaths.DEFAULT_API_PATH;
    /** Oro's header asking for the number of records a collection request matches. */
    static final String X_INCLUDE = "X-Include";
    static final String TOTAL_COUNT_HEADER = "X-Include-Total-Count";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Supplier<ConnectorClient> client;

    OroApi(Connection connection, Supplier<ConnectorClient> client) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The API of a connection within a CamelContext; the client is shared with every endpoint using an equal connection. */
    public static OroApi create(CamelContext context, Connection connection, SSLContextParameters tls, ClientOptions options) {
        SSLContext ssl = tls == null ? null : CamelTls.sslContext(tls, context);
        ConnectorClients clients = ConnectorClients.of(context);
        return new OroApi(connection, clients.handle(ClientKey.of(connection, tls, options), c -> newClient(c, ssl, options)));
    }

    /** A standalone API with its own client, for code outside Camel; close the client when done. */
    public static OroApi standalone(ConnectorClient client) {
        return new OroApi(client.connection().orElseThrow(), () -> client);
    }

    /** A client configured for Oro: WSSE, OAuth2 at {@code <baseUri>/oauth2-token} or a bearer token, Oro's advice. */
    public static ConnectorClient newClient(Connection connection, SSLContext ssl, ClientOptions options) {
        if (connection.baseUri() == null) {
            throw ApiException.configuration("Connection '" + connection.name() + "' has no baseUri",
                    "Set baseUri to the Oro application's root, e.g. https://oro.example.com");
        }
        OAuth2Endpoints endpoints = OAuth2Endpoints.tokenOnly(URI.create(trimSlashes(connection.baseUri().toString()) + TOKEN_PATH));
        return ConnectorClient.builder()
                .connection(connection)
                .platformName("Oro")
                .sslContext(ssl)
                .authPolicyFactory(DefaultAuthPolicyFactory.builder()
                        .register("oauth2", ctx -> OAuth2AuthPolicy.create((OAuth2Auth) ctx.connection().auth(), ctx, endpoints))
                        .build())
                .errorDecoder(OroErrorBodyDecoder.INSTANCE)
                .errorAdvisor(OroErrorAdvisor.forConnection(OroPaths.normalisedApiPath(connection.apiPath()), connection.auth().type()))
                .options(options)
                .build();
    }

    public Connection connection() {
        return connection;
    }

    /** The API path in use, e.g. {@code /admin/api}. */
    public String apiPath() {
        return OroPaths.normalisedApiPath(connection.apiPath());
    }

    /**
     * Reads one page of a collection.
     *
     * @param withTotal whether to ask for {@code X-Include: totalCount} (Oro counts the matches then, which costs a query)
     */
    public ListPage list(OroResource resource, JsonApiQuery query, boolean withTotal) {
        ApiRequest request = read(uri(resource.name(), query.toQueryString()));
        if (withTotal) {
            request = request.withHeader(X_INCLUDE, "totalCount");
        }
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        JsonApiDocument document = JsonApiDocument.of(c.readJson(request, response), "Oro");
        if (!document.isCollection()) {
            throw ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                    .summary("Oro answered a collection request for " + resource.name() + " with a single resource")
                    .advice("Check the resource name: use the entity's plural alias, e.g. products")
                    .request(request.method().name(), request.uri())
                    .build();
        }
        return new ListPage(document.records(), totalCount(response), response.serverTime().orElse(null));
    }

    /** Reads one record by id, with the query's {@code include} and {@code fields} applied. */
    public ObjectNode get(OroResource resource, String id, JsonApiQuery query) {
        ApiRequest request = read(uri(resource.name() + "/" + PercentEncoding.encode(id), query.toQueryString()));
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        return single(JsonApiDocument.of(c.readJson(request, response), "Oro"), request);
    }

    /**
     * Reads one record by id to learn whether it exists; empty when Oro says there is no such record.
     *
     * @throws ApiException for every other failure, including a 404 that does not come from the API (a disabled API
     *                      feature or a wrong apiPath must not look like a missing record)
     */
    public Optional<ObjectNode> find(OroResource resource, String id) {
        try {
            return Optional.of(get(resource, id, new JsonApiQuery()));
        } catch (ApiException e) {
            if (OroPaths.isMissingRecord(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** POSTs a new record ({@code {"data": resource}}); never repeated when the outcome is unknown. */
    public WriteResponse create(OroResource resource, ObjectNode resourceObject) {
        return write(HttpMethod.POST, resource.name(), resourceObject);
    }

    /** PATCHes an existing record; the body's id must be the URL's. */
    public WriteResponse update(OroResource resource, String id, ObjectNode resourceObject) {
        return write(HttpMethod.PATCH, resource.name() + "/" + PercentEncoding.encode(id), resourceObject);
    }

    /** DELETEs a record; returns the status (204). */
    public int delete(OroResource resource, String id) {
        ApiRequest request = read(uri(resource.name() + "/" + PercentEncoding.encode(id), null)).withMethod(HttpMethod.DELETE);
        return client.get().send(request).status();
    }

    private WriteResponse write(HttpMethod method, String path, ObjectNode resourceObject) {
        ObjectNode document = JSON.createObjectNode();
        document.set("data", resourceObject);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            // a tree of JSON nodes always serialises; said without the body, which may hold personal data
            throw ApiException.configuration("The record could not be written as JSON (" + e.getOriginalMessage() + ")",
                    "Send a JSON:API resource object, a map or a JSON string");
        }
        ApiRequest request = ApiRequest.of(method, uri(path, null))
                .withHeader("Accept", JsonApi.MEDIA_TYPE)
                .withBody(body, JsonApi.MEDIA_TYPE);
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        if (response.bodyLength() == 0) {
            return new WriteResponse(response.status(), null);
        }
        return new WriteResponse(response.status(), single(JsonApiDocument.of(c.readJson(request, response), "Oro"), request));
    }

    /**
     * Calls any path below the API path, e.g. {@code products/12/relationships/owner}; GET, PUT and DELETE may be
     * retried, POST and PATCH never. Bodies go as {@code application/vnd.api+json}.
     */
    public RawCall.Result raw(String method, String pathAndQuery, byte[] body) {
        RawCall call = RawCall.parse(method, pathAndQuery, "GET, POST, PATCH or DELETE");
        // JSON:API's bracketed names (filter[sku]) are not legal in a URI as they are; Oro decodes them
        String query = call.query() == null ? null : call.query().replace("[", "%5B").replace("]", "%5D");
        ApiRequest request = ApiRequest.of(call.method(), uri(call.path(), query)).withHeader("Accept", JsonApi.MEDIA_TYPE);
        if (body != null && body.length > 0) {
            request = request.withBody(body, JsonApi.MEDIA_TYPE);
        }
        return RawCall.send(client.get(), request);
    }

    /** A cheap authenticated call (one record of {@code probe}), classified; never throws. */
    public TestResult testConnection(OroResource probe) {
        // clock skew is judged against this machine's real clock, which is what the server's Date header compares with
        ConnectionTester tester = new ConnectionTester("oro", Clock.systemUTC(), OroConnectionProbe.refiner(OroPaths.normalisedApiPath(connection.apiPath()), probe.name()),
                ConnectionTester.DEFAULT_MAX_SKEW);
        ApiRequest request;
        try {
            request = read(uri(probe.name(), new JsonApiQuery().pageSize(1).toQueryString())).withHeader(X_INCLUDE, "totalCount");
        } catch (RuntimeException e) {
            return tester.configurationProblem(connection.auth().type(), e);
        }
        return tester.test(client, connection.auth().type(), request);
    }

    private static ApiRequest read(URI uri) {
        return ApiRequest.get(uri).withHeader("Accept", JsonApi.MEDIA_TYPE);
    }

    private static ObjectNode single(JsonApiDocument document, ApiRequest request) {
        return document.record().orElseThrow(() -> ApiException.builder(ErrorCategory.PROTOCOL,
                        FailureReason.OTHER)
                .summary("Oro answered without the record (\"data\" is not one resource object)")
                .advice("Check the resource name and id")
                .request(request.method().name(), request.uri())
                .build());
    }

    /** {@code baseUri + apiPath + "/" + path [+ "?" + query]}. */
    URI uri(String path, String query) {
        return ApiUris.below(connection.baseUri(), apiPath().substring(1) + "/" + path, query);
    }

    private static String trimSlashes(String s) {
        String out = s;
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static Long totalCount(ApiResponse response) {
        return response.header(TOTAL_COUNT_HEADER).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    @Override
    public String toString() {
        return "OroApi[" + connection.name() + ", " + apiPath() + "]";
    }
}
