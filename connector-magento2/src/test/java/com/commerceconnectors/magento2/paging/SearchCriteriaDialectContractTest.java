package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.paging.KeysetDialectContract;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.MagentoVersion;
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

/** The keyset contract for Magento's searchCriteria dialect against the Magento emulator (admin token). */
class SearchCriteriaDialectContractTest extends KeysetDialectContract {

    private ManualClock clock;
    private Sandbox sandbox;
    private MagentoSandbox magento;
    private final List<ConnectorClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        clock = new ManualClock(Instant.parse("2024-03-01T08:00:00Z"));
        sandbox = Sandbox.builder().clock(clock).start();
        magento = sandbox.magento();
    }

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        sandbox.close();
    }

    @Override
    protected URI emulatorUri() {
        return magento.restUri();
    }

    @Override
    protected List<String> seed(int count) {
        return magento.seedProducts(count).stream().map(p -> String.valueOf(p.id())).toList();
    }

    @Override
    protected void touchAll(List<String> ids) {
        Instant now = clock.instant();
        ids.forEach(id -> magento.products().touch(magento.products().findById(Long.parseLong(id)).orElseThrow().sku(), now));
    }

    @Override
    protected void advanceClock(Duration amount) {
        clock.advance(amount);
    }

    @Override
    protected KeysetPager<?> pager(UnaryOperator<URI> route, int pageSize) {
        Connection connection = new ConnectionLoader().parse("""
                {"name":"magento-contract","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"requestAuth","username":"%s","password":"%s"}}
                """.formatted(route.apply(magento.restUri()), MagentoSandbox.ADMIN_USERNAME, MagentoSandbox.ADMIN_PASSWORD),
                "test");
        ConnectorClient client = MagentoApi.newClient(connection, null,
                new ClientOptions(RetryPolicy.DEFAULT, d -> clock.advance(d), clock));
        clients.add(client);
        MagentoApi api = MagentoApi.standalone(client);
        MagentoResource products = MagentoResource.of("products");
        return new KeysetPager<>(new SearchCriteriaDialect(products, SearchCriteria.empty()),
                (criteria, first) -> api.search(products, criteria, null), pageSize, clock, Duration.ZERO);
    }

    @Override
    protected Predicate<String> sortParameter() {
        return name -> name.startsWith("searchCriteria[sortOrders]");
    }

    @Override
    protected Predicate<String> cursorParameter() {
        return name -> name.startsWith("searchCriteria[filter_groups]");
    }

    @Override
    protected boolean repeatLastPagePastTheEnd() {
        magento.settings().emulate(MagentoVersion.V2_3);
        return true;
    }
}
