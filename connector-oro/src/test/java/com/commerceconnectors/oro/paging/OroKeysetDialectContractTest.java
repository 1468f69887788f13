package com.commerceconnectors.oro.paging;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.KeysetDialectContract;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
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

/** The keyset contract for Oro's dialect against the Oro emulator (back-office API, WSSE). */
class OroKeysetDialectContractTest extends KeysetDialectContract {

    private ManualClock clock;
    private Sandbox sandbox;
    private OroSandbox oro;
    private final List<ConnectorClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        clock = new ManualClock(Instant.parse("2024-03-10T08:00:00Z"));
        sandbox = Sandbox.builder().clock(clock).start();
        oro = sandbox.oro();
    }

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        sandbox.close();
    }

    @Override
    protected URI emulatorUri() {
        return oro.baseUri();
    }

    @Override
    protected List<String> seed(int count) {
        return oro.seedProducts(count).stream().map(r -> String.valueOf(r.id())).toList();
    }

    @Override
    protected void touchAll(List<String> ids) {
        ids.forEach(id -> oro.touchProduct(Long.parseLong(id)));
    }

    @Override
    protected void advanceClock(Duration amount) {
        clock.advance(amount);
    }

    @Override
    protected KeysetPager<?> pager(UnaryOperator<URI> route, int pageSize) {
        return pager(route, pageSize, false);
    }

    @Override
    protected KeysetPager<?> fullPager(UnaryOperator<URI> route, int pageSize) {
        return pager(route, pageSize, true);
    }

    private KeysetPager<?> pager(UnaryOperator<URI> route, int pageSize, boolean full) {
        Connection connection = new ConnectionLoader().parse("""
                {"name":"oro-contract","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"wsse","username":"%s","apiKey":"%s"}}
                """.formatted(route.apply(oro.baseUri()), OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY), "test");
        // WSSE's Created time is checked against the emulator's clock
        ConnectorClient client = OroApi.newClient(connection, null,
                new ClientOptions(RetryPolicy.DEFAULT, d -> clock.advance(d), clock));
        clients.add(client);
        OroApi api = OroApi.standalone(client);
        OroResource products = OroResource.of("products");
        OroKeysetDialect dialect = full ? OroKeysetDialect.full(products, new JsonApiQuery())
                : OroKeysetDialect.incremental(products, new JsonApiQuery());
        return new KeysetPager<>(dialect,
                (q, first) -> api.list(products, q, first), pageSize, clock, Duration.ZERO);
    }

    @Override
    protected Predicate<String> sortParameter() {
        return "sort"::equals;
    }

    @Override
    protected Predicate<String> cursorParameter() {
        return name -> name.startsWith("filter[updatedAt]") || name.startsWith("filter[id]");
    }
}
