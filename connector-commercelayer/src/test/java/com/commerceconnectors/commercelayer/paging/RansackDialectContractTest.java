package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.commercelayer.api.CommerceLayerApi;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.KeysetDialectContract;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.IdCollation;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The keyset contract for Commerce Layer's dialect against the Commerce Layer emulator. */
class RansackDialectContractTest extends KeysetDialectContract {

    private ManualClock clock;
    private Sandbox sandbox;
    private CommerceLayerSandbox cl;
    private final List<ConnectorClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        clock = new ManualClock(Instant.parse("2024-03-05T08:00:00Z"));
        sandbox = Sandbox.builder().clock(clock).start();
        cl = sandbox.commerceLayer();
    }

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        sandbox.close();
    }

    @Override
    protected URI emulatorUri() {
        return sandbox.commerceLayerBaseUri();
    }

    @Override
    protected List<String> seed(int count) {
        return cl.seedSkus(count).stream().map(Resource::id).toList();
    }

    @Override
    protected void touchAll(List<String> ids) {
        ids.forEach(cl::touchSku);
    }

    @Override
    protected void advanceClock(Duration amount) {
        clock.advance(amount);
    }

    @Override
    protected KeysetPager<?> pager(UnaryOperator<URI> route, int pageSize) {
        Connection connection = new ConnectionLoader().parse("""
                {"name":"cl-contract","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s",
                         "tokenUri":"%s"}}
                """.formatted(route.apply(sandbox.commerceLayerBaseUri()), CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, sandbox.commerceLayerAuthUri() + "/oauth/token"), "test");
        // waits move the emulator's clock, so its rate-limit windows pass without real waiting
        ConnectorClient client = CommerceLayerApi.newClient(connection, null,
                new ClientOptions(RetryPolicy.DEFAULT.withMaxAttempts(6), d -> clock.advance(d), clock));
        clients.add(client);
        CommerceLayerApi api = CommerceLayerApi.standalone(client);
        ResourcePath skus = ResourcePath.of("skus");
        return new KeysetPager<>(new RansackDialect("skus", new JsonApiQuery()), (q, first) -> api.list(skus, q), pageSize,
                clock, Duration.ZERO);
    }

    @Override
    protected boolean caseInsensitiveIds() {
        cl.settings().idCollation(IdCollation.CASE_INSENSITIVE); // the real default, said here so the test cannot lose it
        return true;
    }

    @Override
    protected Predicate<String> sortParameter() {
        return "sort"::equals;
    }

    @Override
    protected Predicate<String> cursorParameter() {
        return name -> name.startsWith("filter[q][updated_at_") || name.equals("filter[q][id_gt]");
    }
}
