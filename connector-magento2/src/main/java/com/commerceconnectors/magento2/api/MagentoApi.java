package com.commerceconnectors.magento2.api;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.auth.oauth1.PercentEncoding;
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
import com.commerceconnectors.core.http.ApiUris;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.magento2.support.MagentoAuthPresets;
import com.commerceconnectors.magento2.support.MagentoConnectionProbe;
import com.commerceconnectors.magento2.support.MagentoErrorAdvisor;
import com.commerceconnectors.magento2.support.MagentoErrorBodyDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Magento's REST API as the component uses it: URLs with the store code prefix, searches, single records and raw
 * calls, on the shared {@link ConnectorClient} of the connection (one pool and one token cache per CamelContext).
 */
public final class MagentoApi {

    /** What a record write answered: the status and the JSON body (the saved record, or {@code true} for a delete). */
    public record WriteResponse(int status, JsonNode json) {
    }

    private final Connection connection;
    private final String storeCode;
    private final Supplier<ConnectorClient> client;

    MagentoApi(Connection connection, String storeCode, Supplier<ConnectorClient> client) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.storeCode = storeCode != null ? storeCode : connection.storeCode();
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The API of a connection within a CamelContext; the client is shared with every endpoint using an equal connection. */
    public static MagentoApi create(CamelContext context, Connection connection, String storeCode, SSLContextParameters tls,
                                    ClientOptions options) {
        SSLContext ssl = tls == null ? null : CamelTls.sslContext(tls, context);
        ConnectorClients clients = ConnectorClients.of(context);
        return new MagentoApi(connection, storeCode, clients.handle(ClientKey.of(connection, tls, options), c -> newClient(c, ssl, options)));
    }

    /** A standalone API with its own client, for code outside Camel; close the client when done. */
    public static MagentoApi standalone(ConnectorClient client) {
        return new MagentoApi(client.connection().orElseThrow(), null, () -> client);
    }

    /** A client configured for Magento: its token endpoints, its error messages and advice. */
    public static ConnectorClient newClient(Connection connection, SSLContext ssl, ClientOptions options) {
        if (connection.baseUri() == null) {
            throw ApiException.configuration("Connection '" + connection.name() + "' has no baseUri",
                    "Set baseUri to the store's REST root, e.g. https://shop.example.com/rest");
        }
        return ConnectorClient.builder()
                .connection(connection)
                .platformName("Magento")
                .sslContext(ssl)
                .authPolicyFactory(DefaultAuthPolicyFactory.builder().presets(MagentoAuthPresets.INSTANCE).build())
                .errorDecoder(MagentoErrorBodyDecoder.INSTANCE)
                .errorAdvisor(MagentoErrorAdvisor.forAuthType(connection.auth().type()))
                .options(options)
                .build();
    }

    public Connection connection() {
        return connection;
    }

    /** Runs one searchCriteria search of a resource's list endpoint. */
    public ListPage search(MagentoResource resource, SearchCriteria criteria, String storeCode) {
        SearchCriteria.requireOAuthSafe(criteria, connection.auth());
        URI uri = uri(readScope(storeCode), resource.listPath(), criteria.toQueryString());
        ApiRequest request = ApiRequest.get(uri);
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        JsonNode body = c.readJson(request, response);
        JsonNode items = body.get("items");
        if (items == null || !(items.isArray() || items.isNull())) {
            throw protocol(request, "a search answer without an 'items' list");
        }
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        JsonNode total = body.get("total_count");
        return new ListPage(list, total != null && total.canConvertToLong() ? total.asLong() : null,
                serverTime(response));
    }

    /** Reads one record by its key (SKU, id…). */
    public JsonNode get(MagentoResource resource, String key, String storeCode) {
        String path = resource.itemPath().replace("{key}", PercentEncoding.encode(key));
        return client.get().sendForJson(ApiRequest.get(uri(readScope(storeCode), path, null)));
    }

    /**
     * Reads one record by its key in the scope writes use ({@code all} unless a store code is given), to learn
     * whether it exists before a write; empty when Magento says there is no such record.
     *
     * @throws ApiException for every other failure, including a 404 for a route that does not exist (a wrong
     *                      baseUri must not look like a missing record)
     */
    public Optional<JsonNode> find(MagentoResource resource, String key, String storeCode) {
        String path = resource.itemPath().replace("{key}", PercentEncoding.encode(key));
        try {
            return Optional.of(client.get().sendForJson(ApiRequest.get(uri(writeScope(storeCode), path, null))));
        } catch (ApiException e) {
            if (e.category() == ErrorCategory.NOT_FOUND && !MagentoErrorAdvisor.isUnknownRoute(e.platformMessage().orElse(""))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Sends a record write with a JSON body (none for DELETE) to a path below the write scope: {@code all} unless a
     * store code is given, since writes to a store view become overrides for that view.
     *
     * @param idempotent whether the request may be repeated after a failure whose outcome is unknown; the caller
     *                   knows better than the method (a PUT that uploads new images is not)
     */
    public WriteResponse write(HttpMethod method, String path, String storeCode, JsonNode body, boolean idempotent) {
        ApiRequest request = ApiRequest.of(method, uri(writeScope(storeCode), path, null))
                .withHeader("Accept", "application/json")
                .withIdempotent(idempotent);
        if (body != null) {
            request = request.withJsonBody(body, ApiRequest.JSON);
        }
        ConnectorClient c = client.get();
        ApiResponse response = c.send(request);
        return new WriteResponse(response.status(), c.readJson(request, response));
    }

    /**
     * Calls any path below the store prefix. Reads go to the default store view and writes to {@code all} unless a
     * store code is given; GET, PUT and DELETE may be retried, POST and PATCH never.
     */
    public RawCall.Result raw(String method, String pathAndQuery, String storeCode, byte[] body) {
        RawCall call = RawCall.parse(method, pathAndQuery, "GET, POST, PUT, PATCH or DELETE");
        String scope = call.writes() ? writeScope(storeCode) : readScope(storeCode);
        ApiRequest request = ApiRequest.of(call.method(), uri(scope, call.path(), call.query()));
        if (body != null) {
            request = request.withBody(body, "application/json");
        }
        return RawCall.send(client.get(), request);
    }

    /** A cheap authenticated call, classified; never throws. */
    public TestResult testConnection() {
        ConnectionTester tester = new ConnectionTester("magento2", java.time.Clock.systemUTC(),
                MagentoConnectionProbe.REFINER, ConnectionTester.DEFAULT_MAX_SKEW);
        return tester.test(client, connection.auth().type(),
                ApiRequest.get(uri(readScope(null), MagentoConnectionProbe.probePath(connection), null)));
    }

    /** The store segment of reads: the given or configured store code, else none (Magento's default store view). */
    String readScope(String storeCode) {
        String s = storeCode != null ? storeCode : this.storeCode;
        return s == null || s.isBlank() ? null : s;
    }

    /** Writes without a store code go to 'all': /rest/V1 would create store-view overrides of the default view. */
    String writeScope(String storeCode) {
        String s = readScope(storeCode);
        return s == null ? "all" : s;
    }

    URI uri(String store, String path, String query) {
        String below = path.startsWith("V1/") || path.startsWith("async/") ? path : "V1/" + path;
        return ApiUris.below(connection.baseUri(), store == null ? below : PercentEncoding.encode(store) + "/" + below, query);
    }

    private static Instant serverTime(ApiResponse response) {
        return response.serverTime().orElse(null);
    }

    private static ApiException protocol(ApiRequest request, String what) {
        return ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                .summary("Magento answered with " + what)
                .advice("Check that baseUri points at the store's REST root (…/rest) and that the resource supports searchCriteria")
                .request(request.method().name(), request.uri())
                .build();
    }
}
