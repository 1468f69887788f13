package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerAndOrderTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
        sandbox.magento().seedProducts(20);
        sandbox.magento().seedCustomers(12);
        sandbox.magento().seedOrders(30);
    }

    @Test
    void customersSearchPagesThroughEveryCustomer() {
        Reply reply = http.get(MagentoHttp.q("/V1/customers/search?searchCriteria[pageSize]=5"
                + "&searchCriteria[currentPage]=3&searchCriteria[sortOrders][0][field]=entity_id"
                + "&searchCriteria[sortOrders][0][direction]=ASC"), token);

        assertThat(reply.json().path("total_count").asInt()).isEqualTo(13);
        assertThat(reply.json().path("items")).hasSize(3);
        JsonNode first = reply.json().path("items").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(11);
        assertThat(first.path("email").asText()).endsWith("@example.com");
        assertThat(first.path("addresses").get(0).path("customer_id").asLong()).isEqualTo(11);
        assertThat(first.path("default_billing").asText()).isEqualTo(first.path("addresses").get(0).path("id").asText());
    }

    @Test
    void aMissingCustomerIsNoSuchEntity() {
        Reply reply = http.get("/V1/customers/999", token);
        Reply notNumber = http.get("/V1/customers/abc", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"message\":\"No such entity with %fieldName = %fieldValue\","
                + "\"parameters\":{\"fieldName\":\"customerId\",\"fieldValue\":999}}");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.message()).isEqualTo("The \"abc\" value's type is invalid. The \"int\" type was "
                + "expected. Verify and try again.");
    }

    @Test
    void anonymousSignUpThenTheNewCustomerSignsIn() {
        Reply created = http.post("/V1/customers", null, "{\"customer\":{\"email\":\"new@example.com\","
                + "\"firstname\":\"New\",\"lastname\":\"Person\"},\"password\":\"Str0ng-pass\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("created_in").asText()).isEqualTo("Default Store View");
        String customerToken = http.customerToken("new@example.com", "Str0ng-pass");
        assertThat(http.get("/V1/customers/me", customerToken).json().path("id").asLong())
                .isEqualTo(created.json().path("id").asLong());
    }

    @Test
    void customerValidationUsesMagentosMessages() {
        Reply duplicate = http.post("/V1/customers", null, "{\"customer\":{\"email\":\""
                + MagentoSandbox.CUSTOMER_EMAIL + "\",\"firstname\":\"A\",\"lastname\":\"B\"}}");
        Reply missing = http.post("/V1/customers", null, "{\"customer\":{\"email\":\"x@example.com\"}}");
        Reply weak = http.post("/V1/customers", null, "{\"customer\":{\"email\":\"y@example.com\","
                + "\"firstname\":\"A\",\"lastname\":\"B\"},\"password\":\"short\"}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.message()).isEqualTo("A customer with the same email address already exists in an "
                + "associated website.");
        assertThat(missing.message()).isEqualTo("One or more input exceptions have occurred.");
        assertThat(missing.json().path("errors")).hasSize(2);
        assertThat(weak.json().path("parameters").get(0).asInt()).isEqualTo(8);
    }

    @Test
    void replacingACustomerNeedsTheWholeDocumentAndKeepsTheRest() {
        Reply partial = http.put("/V1/customers/2", token, "{\"customer\":{\"lastname\":\"Only\"}}");
        Reply whole = http.put("/V1/customers/2", token, "{\"customer\":{\"email\":\"renamed@example.com\","
                + "\"firstname\":\"Re\",\"lastname\":\"Named\"}}");

        assertThat(partial.status()).isEqualTo(400);
        assertThat(whole.status()).as(whole.body()).isEqualTo(200);
        assertThat(whole.json().path("email").asText()).isEqualTo("renamed@example.com");
        assertThat(whole.json().path("addresses")).hasSize(1);
        assertThat(http.delete("/V1/customers/2", token).body()).isEqualTo("true");
        assertThat(http.get("/V1/customers/2", token).status()).isEqualTo(404);
    }

    @Test
    void ordersSearchFiltersOnFlatColumns() {
        Reply all = http.get(MagentoHttp.q("/V1/orders?searchCriteria[pageSize]=10"), token);
        Reply complete = http.get(MagentoHttp.q("/V1/orders?searchCriteria[filter_groups][0][filters][0][field]="
                + "status&searchCriteria[filter_groups][0][filters][0][value]=complete"), token);

        assertThat(all.json().path("total_count").asInt()).isEqualTo(30);
        assertThat(all.json().path("items")).hasSize(10);
        JsonNode order = all.json().path("items").get(0);
        assertThat(order.path("increment_id").asText()).isEqualTo("000000001");
        assertThat(order.path("items").get(0).path("sku").asText()).startsWith("SBX-");
        assertThat(complete.json().path("items")).allSatisfy(
                o -> assertThat(o.path("status").asText()).isEqualTo("complete"));
        assertThat(complete.json().path("total_count").asInt()).isPositive();
    }

    @Test
    void orderGetAndSave() {
        Reply missing = http.get("/V1/orders/999", token);
        Reply updated = http.post("/V1/orders", token, "{\"entity\":{\"entity_id\":3,\"status\":\"holded\","
                + "\"state\":\"holded\"}}");
        Reply created = http.post("/V1/orders", token, "{\"entity\":{\"customer_email\":\"o@example.com\","
                + "\"items\":[{\"sku\":\"SBX-000001\",\"qty_ordered\":2,\"price\":5}]}}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).isEqualTo("The entity that was requested doesn't exist. Verify the entity "
                + "and try again.");
        assertThat(updated.json().path("status").asText()).isEqualTo("holded");
        assertThat(http.get("/V1/orders/3", token).json().path("state").asText()).isEqualTo("holded");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("entity_id").asLong()).isEqualTo(31);
        assertThat(created.json().path("grand_total").asDouble()).isEqualTo(10.0);
    }

    @Test
    void categoriesAsTreeListAndSingleCategory() {
        Reply tree = http.get("/V1/categories", token);
        Reply adminTree = http.get("/all/V1/categories?depth=1", token);
        Reply list = http.get(MagentoHttp.q("/V1/categories/list?searchCriteria[filter_groups][0][filters][0]"
                + "[field]=parent_id&searchCriteria[filter_groups][0][filters][0][value]=3"), token);
        Reply missing = http.get("/V1/categories/77", token);

        assertThat(tree.json().path("id").asLong()).isEqualTo(2);
        assertThat(tree.json().path("children_data").get(0).path("name").asText()).isEqualTo("Gear");
        assertThat(adminTree.json().path("id").asLong()).isEqualTo(1);
        assertThat(adminTree.json().path("children_data").get(0).path("children_data")).isEmpty();
        assertThat(list.json().path("items")).extracting(c -> c.path("name").asText())
                .containsExactly("Bags", "Fitness Equipment", "Watches");
        assertThat(list.json().path("items").get(0).path("path").asText()).isEqualTo("1/2/3/4");
        assertThat(missing.status()).isEqualTo(404);
    }
}
