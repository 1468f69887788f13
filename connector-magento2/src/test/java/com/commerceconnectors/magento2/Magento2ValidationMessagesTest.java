package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.magento2.support.FieldProblem;
import com.commerceconnectors.magento2.support.MagentoFieldErrors;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Magento validation messages the sandbox does not produce, answered verbatim (as real stores send them) by a
 * loopback server, through the producer; and the field rules on their own.
 */
class Magento2ValidationMessagesTest {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<String> lastPath = new AtomicReference<>();
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastPath.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            exchange.getRequestBody().readAllBytes();
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        context = new DefaultCamelContext();
        context.getRegistry().bind("store", new ConnectionLoader().parse("""
                {"name":"canned","connector":"magento2","baseUri":"http://127.0.0.1:%d/rest",
                 "auth":{"type":"bearer","token":"canned-token-0001"}}
                """.formatted(server.getAddress().getPort()), "test"));
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.stop(0);
    }

    private Exchange create(String answerBody) {
        answer.set(answerBody);
        return template.request("magento2:products?connection=#store&operation=create",
                e -> e.getMessage().setBody(Map.of("sku", "MB-01", "name", "Joust Duffle Bag", "price", 34)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenUrlKeyNamesUrlKeyAndSaysHowToMakeItUnique() {
        Exchange out = create("{\"message\":\"URL key for specified store already exists.\"}");

        ApiException e = (ApiException) out.getException();
        assertThat(lastPath.get()).isEqualTo("POST /rest/all/V1/products");
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.summary()).isEqualTo("Magento answered 400 Bad Request: URL key for specified store already exists.");
        assertThat(e.advice().orElseThrow()).contains("unique url_key in custom_attributes");
        assertThat(out.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class)).containsExactly("url_key");
        // a 400 is the store's final word: not "outcome unknown", not retried
        assertThat(e.getMessage()).doesNotContain("unknown");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequiredAttributeIsNamedByItsCodeFromTheParameters() {
        Exchange out = create("{\"message\":\"Invalid product data: %1\",\"parameters\":"
                + "[\"The value of attribute \\\"color\\\" must be set\"]}");

        ApiException e = (ApiException) out.getException();
        assertThat(e.summary()).contains("The value of attribute \"color\" must be set");
        assertThat(e.advice().orElseThrow()).contains("give \"color\" a value");
        assertThat(out.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class)).containsExactly("color");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMessageWithoutAFieldKeepsTheGenericAdviceAndNoFieldsHeader() {
        Exchange out = create("{\"message\":\"The product was unable to be saved. Please try again.\"}");

        ApiException e = (ApiException) out.getException();
        assertThat(e.advice().orElseThrow()).isEqualTo("The platform rejected the request data: correct what the message names");
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(Magento2Constants.INVALID_FIELDS);
    }

    @Test
    void everyPlaceholderShapeMagentoSendsIsFilledInWhatIsShown() {
        String positional = create("{\"message\":\"The \\\"%1\\\" attribute value is empty. Set the attribute and"
                + " try again. (%2)\",\"parameters\":[\"Product Name\",\"store 0\"]}").getException().getMessage();
        String named = create("{\"message\":\"No such entity with %fieldName = %fieldValue\",\"parameters\":"
                + "{\"fieldName\":\"sku\",\"fieldValue\":\"MB-01\"}}").getException().getMessage();
        String numberedKeys = create("{\"message\":\"Invalid value of \\\"%1\\\" provided for the %2 field.\","
                + "\"parameters\":{\"1\":\"-5\",\"2\":\"price\"}}").getException().getMessage();
        String nested = create("{\"message\":\"One or more input exceptions have occurred.\",\"errors\":["
                + "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\",\"parameters\":{\"fieldName\":\"name\"}},"
                + "{\"message\":\"The \\\"%1\\\" attribute value is empty. Set the attribute and try again.\","
                + "\"parameters\":[\"Price\"]}]}").getException().getMessage();

        assertThat(positional).contains("The \"Product Name\" attribute value is empty").contains("(store 0)");
        assertThat(named).contains("No such entity with sku = MB-01");
        assertThat(numberedKeys).contains("Invalid value of \"-5\" provided for the price field");
        assertThat(nested).contains("\"name\" is required").contains("The \"Price\" attribute value is empty");
        assertThat(List.of(positional, named, numberedKeys, nested))
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("%[A-Za-z0-9_]+"));
    }

    @Test
    void theRulesReadEveryFieldOfAJoinedMessageInOrder() {
        List<FieldProblem> problems = MagentoFieldErrors.of("One or more input exceptions have occurred: "
                + "\"firstname\" is a required value; Invalid value of \"not-an-address\" provided for the email field;"
                + " The \"Price\" attribute value is empty. Set the attribute and try again; "
                + "Error occurred during \"weight\" processing. The \"heavy\" value's type is invalid");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("firstname", "email", "price", "weight");
        assertThat(MagentoFieldErrors.of("SKU length should be 64 characters maximum."))
                .singleElement().satisfies(p -> assertThat(p.advice()).contains("at most 64 characters"));
        assertThat(MagentoFieldErrors.of("The value of the \"URL Key\" attribute isn't unique. Set a unique value."))
                .extracting(FieldProblem::field).containsExactly("url_key");
        assertThat(MagentoFieldErrors.of("Something else went wrong.")).isEmpty();
        assertThat(MagentoFieldErrors.of(null)).isEmpty();
    }
}
