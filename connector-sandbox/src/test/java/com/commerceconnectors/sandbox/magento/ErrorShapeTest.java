package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Magento's REST errors keep the message's placeholders and send their values apart: positional {@code %1} values
 * in a {@code parameters} list, named {@code %fieldName} values in a {@code parameters} object, no
 * {@code parameters} when the message has none, and in an {@code errors} list every entry with its parameters.
 */
class ErrorShapeTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
    }

    @Test
    void positionalPlaceholdersHaveAListOfValues() {
        Reply longSku = http.post("/all/V1/products", token,
                "{\"product\":{\"sku\":\"" + "S".repeat(65) + "\",\"name\":\"Long\",\"price\":1}}");
        Reply direction = http.get(MagentoHttp.q("/V1/products?searchCriteria[sortOrders][0][field]=sku"
                + "&searchCriteria[sortOrders][0][direction]=UP"), token);

        assertThat(longSku.body()).isEqualTo("{\"message\":\"SKU length should be %1 characters maximum.\","
                + "\"parameters\":[64]}");
        assertThat(direction.json().path("parameters").toString()).isEqualTo("[\"ASC\",\"DESC\"]");
    }

    @Test
    void namedPlaceholdersHaveAnObjectOfValues() {
        Reply noSuchCustomer = http.get("/V1/customers/999", token);
        Reply notAuthorized = http.get("/V1/orders/1", null);

        assertThat(noSuchCustomer.body()).isEqualTo("{\"message\":\"No such entity with %fieldName = %fieldValue\","
                + "\"parameters\":{\"fieldName\":\"customerId\",\"fieldValue\":999}}");
        assertThat(notAuthorized.json().path("parameters").isObject()).isTrue();
        assertThat(notAuthorized.json().path("message").asText()).contains("%resources");
    }

    @Test
    void aMessageWithoutPlaceholdersHasNoParameters() {
        Reply missing = http.get("/all/V1/products/NOPE", token);

        assertThat(missing.json().has("parameters")).isFalse();
        assertThat(missing.json().path("message").asText()).doesNotContain("%");
    }

    @Test
    void everyEntryOfAnErrorsListHasItsParameters() {
        Reply reply = http.post("/V1/customers", null, "{\"customer\":{\"email\":\"not-an-email\"}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).isEqualTo("One or more input exceptions have occurred.");
        assertThat(reply.json().has("parameters")).isFalse();
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.size()).isEqualTo(3);
        errors.forEach(error -> {
            assertThat(error.has("parameters")).as(error.toString()).isTrue();
            assertThat(error.path("message").asText()).contains("%");
        });
        assertThat(errors.toString()).contains("{\"message\":\"Invalid value of \\\"%value\\\" provided for the "
                + "%fieldName field.\",\"parameters\":{\"fieldName\":\"email\",\"value\":\"not-an-email\"}}");
    }
}
