package com.commerceconnectors.sandbox.commercelayer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

class OrderResourcesTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        CommerceLayerDemoData.seed(cl);
        token = http.integrationToken();
    }

    @Test
    void theDemoDataIsAFewHundredSkusWithPricesStockAndOrders() {
        JsonNode skus = http.get(q("/skus?page[size]=25"), token).json();

        assertThat(cl.skus()).isEqualTo(CommerceLayerDemoData.SKUS);
        assertThat(skus.path("meta").path("page_count").asInt()).isEqualTo(12);
        assertThat(cl.store().count("prices")).isEqualTo(2 * CommerceLayerDemoData.SKUS);
        assertThat(cl.store().count("stock_items")).isEqualTo(2 * CommerceLayerDemoData.SKUS);
        assertThat(cl.store().count("orders")).isEqualTo(CommerceLayerDemoData.ORDERS);
    }

    @Test
    void ordersIncludeTheirCustomerAndLineItems() {
        JsonNode body = http.get(q("/orders?filter[q][number_eq]=1005&include=customer,line_items"), token).json();

        JsonNode order = body.path("data").get(0);
        assertThat(order.path("attributes").path("status").asText()).isEqualTo("placed");
        assertThat(order.path("relationships").path("customer").path("data").path("id").asText())
                .isEqualTo(cl.customer().id());
        assertThat(body.path("included")).hasSize(2);
        JsonNode lineItem = body.path("included").get(1);
        assertThat(lineItem.path("type").asText()).isEqualTo("line_items");
        assertThat(lineItem.path("attributes").path("total_amount_cents").asLong())
                .isEqualTo(order.path("attributes").path("total_amount_cents").asLong());
    }

    @Test
    void theCustomersOrdersAreARelatedCollection() {
        JsonNode orders = http.get("/customers/" + cl.customer().id() + "/orders", token).json();

        assertThat(orders.path("meta").path("record_count").asInt()).isEqualTo(CommerceLayerDemoData.ORDERS);
        assertThat(orders.path("links").path("next").asText())
                .startsWith(sandbox.commerceLayerBaseUri() + "/api/customers/" + cl.customer().id() + "/orders?");
    }

    @Test
    void marketsNameTheirPriceListAndInventory() {
        JsonNode market = http.get(q("/markets?filter[q][code_eq]=usa&include=price_list"), token).json();

        assertThat(market.path("data")).hasSize(1);
        assertThat(market.path("included").get(0).path("attributes").path("currency_code").asText())
                .isEqualTo("USD");
    }
}
