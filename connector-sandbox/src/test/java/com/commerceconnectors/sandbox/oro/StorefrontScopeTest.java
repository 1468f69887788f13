package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The storefront API shows a customer user its own company's data only, and a guest the catalogue only. */
class StorefrontScopeTest extends OroFixture {

    private String customerToken;
    private String guestToken;

    @BeforeEach
    void seed() {
        oro.seedProducts(3);
        oro.seedCustomers(2);
        oro.seedOrders(6); // customers 1 (the sign-in customer user's), 2, 3 round robin: 1 and 4 are customer 1's
        customerToken = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD).json()
                .path("access_token").asText();
        guestToken = http.passwordGrant("guest", "guest").json().path("access_token").asText();
    }

    @Test
    void aCustomerUserSeesOnlyItsCustomersOrders() {
        JsonNode orders = http.get("/api/orders", OroHttp.Auth.bearer(customerToken)).json();

        assertThat(ids(orders)).containsExactly("1", "4");
        assertThat(http.get("/api/orders/2", OroHttp.Auth.bearer(customerToken)).status()).isEqualTo(404);
        assertThat(http.get("/api/orders/4/customer", OroHttp.Auth.bearer(customerToken)).json()
                .at("/data/id").asText()).isEqualTo("1");
        assertThat(ids(http.get("/api/customers", OroHttp.Auth.bearer(customerToken)).json())).containsExactly("1");
        assertThat(ids(http.get("/admin/api/orders", http.admin()).json())).hasSize(6);
    }

    @Test
    void aGuestSeesTheCatalogueButNoCustomerData() {
        assertThat(ids(http.get("/api/products", OroHttp.Auth.bearer(guestToken)).json()))
                .containsExactly("1", "2", "3");
        assertThat(ids(http.get("/api/orders", OroHttp.Auth.bearer(guestToken)).json())).isEmpty();
        assertThat(http.get("/api/customerusers/1", OroHttp.Auth.bearer(guestToken)).status()).isEqualTo(404);
    }

    @Test
    void backOfficeResourcesAreNeverIncludedOnTheStorefront() {
        JsonNode doc = http.get("/api/products?include=owner,unitPrecisions", OroHttp.Auth.bearer(guestToken)).json();

        List<String> includedTypes = new ArrayList<>();
        doc.path("included").forEach(r -> includedTypes.add(r.path("type").asText()));
        assertThat(includedTypes).isNotEmpty().containsOnly("productunitprecisions");
        assertThat(http.get("/api/products/1/owner", OroHttp.Auth.bearer(guestToken)).json().path("data").isNull())
                .isTrue();
    }

    @Test
    void withoutCredentialsTheStorefrontAsksForABearerToken() {
        OroHttp.Reply reply = http.get("/api/products", OroHttp.Auth.none());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.json().at("/errors/0/detail").asText())
                .isEqualTo("Full authentication is required to access this resource.");
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
