package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.customer.Customer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Customer writes, Magento's validation errors and writes Magento has no route for, against the sandbox. */
class Magento2CustomerWriteTest extends SandboxCamelSupport {

    private static final String CUSTOMERS = "magento2:customers?connection=#shop&operation=";
    private static final String NEW_PASSWORD = "Fresh-Passw0rd-4711";

    private List<Customer> seeded;
    private int customersBefore;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        seeded = magento.seedCustomers(2);
        customersBefore = magento.customers().size();
        magento.seedProducts(1);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
    }

    private static Map<String, Object> person(String email, String first, String last) {
        return Map.of("email", email, "firstname", first, "lastname", last);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrappedCustomerIsCreatedWithItsPasswordWhichNoLogLineShows() {
        Exchange out;
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors", "org.apache.hc")) {
            out = send(CUSTOMERS + "create", Map.of("customer", person("ada@example.com", "Ada", "Lovelace"),
                    "password", NEW_PASSWORD), Map.of());
            assertThat(logs.events()).as("the connector logged the calls").isNotEmpty();
            assertThat(logs.text()).doesNotContain(NEW_PASSWORD).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
        }
        assertThat(out.getException()).isNull();
        Map<String, Object> saved = out.getMessage().getBody(Map.class);
        long id = ((Number) saved.get("id")).longValue();
        assertThat(saved).containsEntry("email", "ada@example.com").doesNotContainKey("password");
        assertThat(magento.accounts().customerPasswordMatches(id, NEW_PASSWORD)).isTrue();
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
    }

    @Test
    void updateSendsTheIdInTheUrlAndTheRecord() {
        Customer c = seeded.get(0);
        Exchange out = send(CUSTOMERS + "update", person(c.email(), "Renamed", c.lastname()),
                Map.of(Magento2Constants.RESOURCE_KEY, String.valueOf(c.id())));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(magento.customers().find(c.id()).orElseThrow().firstname()).isEqualTo("Renamed");
        assertThat(magento.requests().last().orElseThrow().routePath()).isEqualTo("/V1/customers/" + c.id());
    }

    @Test
    void updateOfAMissingCustomerIsMagentosNotFoundWithAdviceToUpsert() {
        ApiException e = failure(send(CUSTOMERS + "update", person("x@example.com", "X", "Y"),
                Map.of(Magento2Constants.RESOURCE_KEY, "9999")));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.getMessage()).contains("9999").contains("operation=upsert");
        assertThat(magento.customers().size()).isEqualTo(customersBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void upsertCreatesWhenTheIdNamesNoCustomerAndUpdatesWhenItDoes() {
        Map<String, Object> record = new HashMap<>(person("grace@example.com", "Grace", "Hopper"));
        record.put("id", 9999);
        Exchange created = send(CUSTOMERS + "upsert", record, Map.of());
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("created");
        long id = ((Number) created.getMessage().getBody(Map.class).get("id")).longValue();
        assertThat(id).as("Magento assigns the id").isNotEqualTo(9999L);

        Exchange updated = send(CUSTOMERS + "upsert", person("grace@example.com", "Rear Admiral Grace", "Hopper"),
                Map.of(Magento2Constants.RESOURCE_KEY, id));
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("updated");
        assertThat(magento.customers().find(id).orElseThrow().firstname()).isEqualTo("Rear Admiral Grace");
        assertThat(magento.customers().size()).isEqualTo(customersBefore + 1);

        Exchange withoutId = send(CUSTOMERS + "upsert", person("alan@example.com", "Alan", "Turing"), Map.of());
        assertThat(withoutId.getMessage().getHeader(Magento2Constants.WRITE_OUTCOME)).isEqualTo("created");
        assertThat(magento.customers().size()).isEqualTo(customersBefore + 2);
    }

    @Test
    void deleteTakesANumericIdAndRefusesAnythingElseBeforeSending() {
        Customer c = seeded.get(1);
        Exchange out = send(CUSTOMERS + "delete", c.id(), Map.of());
        assertThat(out.getException()).isNull();
        assertThat(magento.customers().find(c.id())).isEmpty();

        int before = magento.requests().size();
        ApiException e = failure(send(CUSTOMERS + "delete", null, Map.of(Magento2Constants.RESOURCE_KEY, "ada@example.com")));
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage()).contains("not a customer id");
        assertThat(magento.requests().size()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void magentosInputErrorsNameEveryRefusedField() {
        Exchange out = send(CUSTOMERS + "create", Map.of("email", "nobody@example.com"), Map.of());

        ApiException e = failure(out);
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.summary()).contains("One or more input exceptions have occurred")
                .contains("\"firstname\" is a required value").contains("\"lastname\" is a required value");
        assertThat(e.advice().orElseThrow()).contains("\"firstname\"").contains("\"lastname\"");
        assertThat(out.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class))
                .containsExactly("firstname", "lastname");
        assertThat(out.getMessage().getHeader(Magento2Constants.HTTP_STATUS, Integer.class)).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void productValidationErrorsNameTheRecordField() {
        Exchange noName = send("magento2:products?connection=#shop&operation=create", Map.of("sku", "NN-1", "price", 1), Map.of());
        ApiException e = failure(noName);
        assertThat(e.getMessage()).contains("\"Product Name\" attribute value is empty").contains("give \"name\" a value");
        assertThat(noName.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class)).containsExactly("name");

        Exchange unknown = send("magento2:products?connection=#shop&operation=create",
                Map.of("sku", "UK-1", "name", "Unknown field", "price", 1, "colour", "red"), Map.of());
        assertThat(failure(unknown).getMessage()).contains("remove \"colour\"");
        assertThat(unknown.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class)).containsExactly("colour");

        Customer taken = seeded.get(0);
        Exchange duplicate = send(CUSTOMERS + "create", person(taken.email(), "Copy", "Cat"), Map.of());
        assertThat(failure(duplicate).getMessage()).contains("operation=update or upsert");
        assertThat(duplicate.getMessage().getHeader(Magento2Constants.INVALID_FIELDS, List.class)).containsExactly("email");
        assertThat(magento.products().find("NN-1")).isEmpty();
    }

    @Test
    void aRouteTheStoreLacksIsNotMistakenForAMissingRecord() {
        // the sandbox, like a store without the module, has no PUT /V1/categories/:id
        ApiException update = failure(send("magento2:categories?connection=#shop&operation=upsert",
                Map.of("id", 2, "name", "Default Category"), Map.of()));
        assertThat(update.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(update.getMessage()).contains("No such REST route").doesNotContain("operation=create");

        MagentoApi api = MagentoApi.create(context, adminConnection(), null, null, ClientOptions.DEFAULT);
        assertThat(api.find(MagentoResource.of("customers"), "424242", null)).isEmpty();
        ApiException lookup = catchThrowableOfType(ApiException.class,
                () -> api.find(MagentoResource.of("noSuchThing"), "1", null));
        assertThat(lookup.getMessage()).contains("No such REST route");
    }

    @Test
    void writesMagentoHasNoRouteForSayWhatToUseInstead() {
        int before = magento.requests().size();
        ApiException order = failure(send("magento2:orders?connection=#shop&operation=update", Map.of("entity_id", 1), Map.of()));
        assertThat(order.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(order.getMessage()).contains("no update route for orders").contains("V1/orders/{id}/comments")
                .contains("CamelMagento2HttpPath");

        ApiException invoice = failure(send("magento2:invoices?connection=#shop&operation=create", Map.of("order_id", 1), Map.of()));
        assertThat(invoice.getMessage()).contains("V1/order/{orderId}/invoice");

        ApiException page = failure(send("magento2:cmsPage?connection=#shop&operation=upsert", Map.of("id", 1), Map.of()));
        assertThat(page.getMessage()).contains("no upsert route for cmsPage").contains("operation=raw");
        assertThat(magento.requests().size()).isEqualTo(before);
    }
}
