package com.commerceconnectors.faults;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.Sleeper;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.commerceconnectors.connection.ConnectionLoader;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A create whose connection drops — after the platform processed it, or before — is sent once and never again, for
 * each connector: the client cannot tell the two apart, and a second POST could create the record twice. The error
 * says the outcome is unknown.
 */
class WriteFaultSuiteTest {

    static Stream<Arguments> cases() {
        return Stream.of("magento2", "oro", "commercelayer").flatMap(scheme -> Stream.of(
                Arguments.of(scheme, "processed, then the connection dropped", Fault.prematureEnd(), 1),
                Arguments.of(scheme, "the connection dropped before processing", Fault.dropConnection(), 0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aCreateWithAnUnknownOutcomeIsSentOnce(String scheme, String what, Fault fault, int saved) throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start(); DefaultCamelContext context = new DefaultCamelContext()) {
            List<Duration> sleeps = new CopyOnWriteArrayList<>();
            Sleeper recording = sleeps::add;
            PropertyBindingSupport.build().bind(context, context.getComponent(scheme), "sleeper", recording);
            if ("commercelayer".equals(scheme)) {
                // the sandbox reports the test environment's limits: pacing from them waits through this sleeper,
                // which does not move the clock; pacing has its own test, these count the retries a fault costs
                PropertyBindingSupport.build().bind(context, context.getComponent(scheme), "rateLimitPacing", false);
            }
            context.getRegistry().bind("conn", new ConnectionLoader().parse(document(scheme, sandbox), scheme));
            context.start();
            String path = switch (scheme) {
                case "magento2" -> "/V1/products";
                case "oro" -> "/admin/api/products";
                default -> "/api/skus";
            };
            faults(scheme, sandbox).on(path).method("POST").times(1).respond(fault);

            Exchange result;
            try (ProducerTemplate template = context.createProducerTemplate()) {
                result = template.request(scheme + ":" + (scheme.equals("commercelayer") ? "skus" : "products")
                        + "?operation=create&connection=#conn", e -> e.getMessage().setBody(record(scheme)));
            }

            assertThat(result.getException()).as("the create failed").isInstanceOf(ApiException.class);
            ApiException failure = (ApiException) result.getException();
            assertThat(failure.category()).isEqualTo(ErrorCategory.NETWORK);
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.getMessage()).as("says the outcome is unknown").containsAnyOf("unknown", "may already have processed");
            assertThat(posts(scheme, sandbox, path)).as("sent once").isEqualTo(1);
            assertThat(sleeps).as("no retry was planned").isEmpty();
            assertThat(saved(scheme, sandbox)).as("records with the new key").isEqualTo(saved);
        }
    }

    private static Map<String, Object> record(String scheme) {
        return switch (scheme) {
            case "magento2" -> Map.of("sku", "ONCE-1", "name", "Exactly once", "price", 9);
            case "oro" -> Map.of("type", "products", "attributes", Map.of("sku", "ONCE-1", "names", Map.of("default", "Once")),
                    "relationships", Map.of("owner", Map.of("data", Map.of("type", "users", "id", "1"))));
            default -> Map.of("type", "skus", "attributes", Map.of("code", "ONCE-1", "name", "Exactly once"));
        };
    }

    private static String document(String scheme, Sandbox sandbox) {
        return switch (scheme) {
            case "magento2" -> """
                    {"name": "m", "connector": "magento2", "baseUri": "%s", "auth": {"type": "bearer", "token": "%s"}}
                    """.formatted(sandbox.magentoRestUri(), MagentoSandbox.INTEGRATION_TOKEN);
            case "oro" -> {
                sandbox.oro().seedUsers(1);
                yield """
                        {"name": "o", "connector": "oro", "baseUri": "%s", "apiPath": "/admin/api",
                         "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s"}}
                        """.formatted(sandbox.oroUri(), OroSandbox.BACKOFFICE_CLIENT_ID, OroSandbox.BACKOFFICE_CLIENT_SECRET);
            }
            default -> """
                    {"name": "c", "connector": "commercelayer", "baseUri": "%s",
                     "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s",
                              "tokenUri": "%s/oauth/token"}}
                    """.formatted(sandbox.commerceLayerBaseUri(), CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                    CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, sandbox.commerceLayerAuthUri());
        };
    }

    private static FaultInjector faults(String scheme, Sandbox sandbox) {
        return switch (scheme) {
            case "magento2" -> sandbox.magento().faults();
            case "oro" -> sandbox.oro().faults();
            default -> sandbox.commerceLayer().faults();
        };
    }

    private static int posts(String scheme, Sandbox sandbox, String path) {
        RequestLog log = switch (scheme) {
            case "magento2" -> sandbox.magento().requests();
            case "oro" -> sandbox.oro().requests();
            default -> sandbox.commerceLayer().requests();
        };
        return log.matching(r -> "POST".equals(r.method()) && r.path().endsWith(path)).size();
    }

    private static long saved(String scheme, Sandbox sandbox) {
        return switch (scheme) {
            case "magento2" -> sandbox.magento().products().all().stream().filter(p -> p.sku().equals("ONCE-1")).count();
            case "oro" -> sandbox.oro().data().store("products").all().stream()
                    .filter(p -> "ONCE-1".equals(p.attribute("sku").asText())).count();
            default -> sandbox.commerceLayer().skuByCode("ONCE-1").isPresent() ? 1 : 0;
        };
    }
}
