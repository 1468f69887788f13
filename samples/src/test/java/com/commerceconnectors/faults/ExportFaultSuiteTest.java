package com.commerceconnectors.faults;

import com.commerceconnectors.cli.export.SingleRun;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.Sleeper;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same faults, injected in the middle of a long paged export, for each of the three connectors: every record is
 * delivered exactly once in the one run, the faults are retried a bounded number of times, and the waits come from
 * Retry-After through the injected sleeper (no test waits for them). Only the read timeout is real: 400 ms.
 */
class ExportFaultSuiteTest {

    private static final int RECORDS = 150;

    /** One connector's export: where its list requests go, its page size and how a record is named. */
    private record Platform(String scheme, String resource, String path, int pageSize) {
    }

    private static final Platform MAGENTO = new Platform("magento2", "products", "/V1/products", 50);
    private static final Platform ORO = new Platform("oro", "products", "/admin/api/products*", 50);
    private static final Platform COMMERCE_LAYER = new Platform("commercelayer", "skus", "/api/skus*", 25);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Fault> faults = Map.of(
                "429 without Retry-After", Fault.tooManyRequests(),
                "429 with Retry-After 7 s", Fault.tooManyRequests(Duration.ofSeconds(7)),
                "503 with Retry-After 3 s", Fault.serviceUnavailable(Duration.ofSeconds(3)),
                "a dropped connection", Fault.dropConnection(),
                "an HTML 502 page from a proxy", Fault.htmlPage(502),
                "a response slower than the read timeout", Fault.delay(Duration.ofSeconds(3)));
        for (Platform platform : List.of(MAGENTO, ORO, COMMERCE_LAYER)) {
            faults.forEach((name, fault) -> cases.add(Arguments.of(platform.scheme(), name, platform, fault)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void everyRecordOnceDespiteAFaultMidExport(String scheme, String faultName, Platform platform, Fault fault)
            throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start(); DefaultCamelContext context = new DefaultCamelContext()) {
            Connection connection = seed(platform, sandbox);
            FaultInjector faults = faults(platform, sandbox);
            List<Duration> sleeps = new CopyOnWriteArrayList<>();
            Sleeper recording = sleeps::add;
            PropertyBindingSupport.build().bind(context, context.getComponent(scheme), "sleeper", recording);
            if (platform == COMMERCE_LAYER) {
                // the suite counts the waits of retries; pacing by the rate-limit headers would add its own, and the
                // sleeper here does not move the clock (pacing is tested in the connector, on the sandbox's clock)
                PropertyBindingSupport.build().bind(context, context.getComponent(scheme), "rateLimitPacing", false);
            }
            SingleRun run = new SingleRun();
            context.getRegistry().bind("conn", connection);
            context.getRegistry().bind("state", new MemoryStateRepository());
            context.getRegistry().bind("run", run);
            List<String> ids = new CopyOnWriteArrayList<>();
            AtomicBoolean injected = new AtomicBoolean();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(scheme + ":" + platform.resource() + "?connection=#conn&pageSize=" + platform.pageSize()
                            + "&settleTime=0&stateRepository=#state&initialDelay=0&repeatCount=1&greedy=false"
                            + "&delay=86400000&pollStrategy=#run&exceptionHandler=#run")
                            .process(e -> {
                                Map<?, ?> record = e.getMessage().getBody(Map.class);
                                ids.add(String.valueOf(record.containsKey("sku") && !record.containsKey("type")
                                        ? record.get("sku") : record.get("id")));
                                // after the first page: the next request meets the fault
                                if (ids.size() == platform.pageSize() && injected.compareAndSet(false, true)) {
                                    faults.on(platform.path()).times(1).respond(fault);
                                }
                            });
                }
            });
            context.start();
            SingleRun.Outcome outcome = run.await(Duration.ofSeconds(60)).orElseThrow();

            assertThat(outcome.succeeded()).as("the run completed: " + outcome.failure()).isTrue();
            assertThat(faults.firedCount()).as("the fault was met").isEqualTo(1);
            Set<String> distinct = new HashSet<>(ids);
            assertThat(ids).as("each record once").hasSize(distinct.size());
            assertThat(distinct).as("every record").hasSize(RECORDS);
            assertThat(sleeps.size()).as("bounded retries").isLessThanOrEqualTo(3);
            if (faultName.contains("with Retry-After")) {
                Duration asked = faultName.contains("7 s") ? Duration.ofSeconds(7) : Duration.ofSeconds(3);
                assertThat(sleeps).as("the wait Retry-After asked for").contains(asked);
            }
        }
    }

    private static Connection seed(Platform platform, Sandbox sandbox) {
        ConnectionLoader loader = new ConnectionLoader();
        String timeouts = "\"timeouts\": {\"connectMs\": 2000, \"readMs\": 400}";
        return switch (platform.scheme()) {
            case "magento2" -> {
                sandbox.magento().seedProducts(RECORDS);
                yield loader.parse("""
                        {"name": "m", "connector": "magento2", "baseUri": "%s", %s,
                         "auth": {"type": "bearer", "token": "%s"}}
                        """.formatted(sandbox.magentoRestUri(), timeouts, MagentoSandbox.INTEGRATION_TOKEN), "magento");
            }
            case "oro" -> {
                sandbox.oro().seedProducts(RECORDS);
                yield loader.parse("""
                        {"name": "o", "connector": "oro", "baseUri": "%s", "apiPath": "/admin/api", %s,
                         "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s"}}
                        """.formatted(sandbox.oroUri(), timeouts, OroSandbox.BACKOFFICE_CLIENT_ID,
                        OroSandbox.BACKOFFICE_CLIENT_SECRET), "oro");
            }
            default -> {
                // the sandbox seeds its own demo SKUs only when asked: exactly RECORDS here
                sandbox.commerceLayer().seedSkus(RECORDS);
                yield loader.parse("""
                        {"name": "c", "connector": "commercelayer", "baseUri": "%s", %s,
                         "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s",
                                  "tokenUri": "%s/oauth/token"}}
                        """.formatted(sandbox.commerceLayerBaseUri(), timeouts, CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                        CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, sandbox.commerceLayerAuthUri()), "commercelayer");
            }
        };
    }

    private static FaultInjector faults(Platform platform, Sandbox sandbox) {
        return switch (platform.scheme()) {
            case "magento2" -> sandbox.magento().faults();
            case "oro" -> sandbox.oro().faults();
            default -> sandbox.commerceLayer().faults();
        };
    }
}
