package com.commerceconnectors.oro.paging;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that ignores the export's filters or sort (a proxy cache, an Oro customisation) must stop the export with
 * a clear error instead of looping or repeating records. The server here answers every request with the same page.
 */
class OroKeysetDialectSafetyTest {

    private HttpServer server;
    private ConnectorClient client;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile String page;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/api/products", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.api+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Connection connection = new ConnectionLoader().parse("""
                {"name":"fixed","connector":"oro","baseUri":"http://127.0.0.1:%d","apiPath":"/admin/api",
                 "auth":{"type":"bearer","token":"t"}}""".formatted(server.getAddress().getPort()), "test");
        client = OroApi.newClient(connection, null, ClientOptions.DEFAULT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private static String product(long id, String updatedAt) {
        return "{\"type\":\"products\",\"id\":\"" + id + "\",\"attributes\":{\"updatedAt\":\"" + updatedAt + "\"}}";
    }

    private KeysetPager<JsonApiQuery>.Run run() {
        OroApi api = OroApi.standalone(client);
        OroResource products = OroResource.of("products");
        KeysetPager<JsonApiQuery> pager = new KeysetPager<>(new OroKeysetDialect(products, new JsonApiQuery()),
                (query, first) -> api.list(products, query, first), 3,
                Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), Duration.ZERO);
        return pager.open(null, null);
    }

    @Test
    void aServerIgnoringTheFiltersStopsTheRunInsteadOfRepeatingRecords() {
        page = "{\"data\":[" + product(1, "2024-03-01T10:00:00Z") + "," + product(2, "2024-03-01T10:00:00Z") + ","
                + product(3, "2024-03-01T10:00:00Z") + "]}";
        KeysetPager<JsonApiQuery>.Run run = run();
        assertThat(run.next().records()).hasSize(3);
        assertThat(run.next().records()).as("a full page of delivered records: the tie group comes next").isEmpty();
        assertThatThrownBy(run::next).isInstanceOf(PagingException.class).hasMessageContaining("ignore the id");
        assertThat(queries.get(2)).contains("filter%5Bid%5D%5Bgt%5D=3");
    }

    @Test
    void aServerIgnoringTheSortStopsTheRun() {
        page = "{\"data\":[" + product(2, "2024-03-01T10:00:00Z") + "," + product(1, "2024-03-01T10:00:00Z") + "]}";
        assertThatThrownBy(run()::next).isInstanceOf(PagingException.class).hasMessageContaining("out of (updatedAt, id) order");
    }

    @Test
    void aRecordWithoutTheWatermarkFieldSaysWhichOptionToSet() {
        page = "{\"data\":[{\"type\":\"products\",\"id\":\"1\",\"attributes\":{\"sku\":\"A\"}}]}";
        assertThatThrownBy(run()::next).isInstanceOf(PagingException.class).hasMessageContaining("set watermarkField");
    }
}
