package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed in Oro 6.1's query syntax, and the 6.0 behaviour behind a switch: date-time filter values take a
 * fraction of a second of exactly two digits or none, and the operator form {@code filter[id]>=5} is gone.
 */
class QuerySyntaxVersionTest extends OroFixture {

    @BeforeEach
    void seed() {
        // updatedAt: ids 1-3 at 10:10, 4-6 at 10:20, ... 22-24 at 11:20, 25 at 11:30
        oro.seedProducts(25);
    }

    @Test
    void datetimeValuesTakeTwoFractionDigitsOrNoneIn61() throws Exception {
        OroHttp.Reply three = get("filter[updatedAt][gte]=2024-03-01T11:20:00.123Z");

        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01T11:20:00Z"))).containsExactly("22", "23", "24", "25");
        assertThat(ids(list("filter[updatedAt][gt]=2024-03-01T11:19:59.99Z"))).containsExactly("22", "23", "24",
                "25");
        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01T11:20Z"))).as("seconds may be left out")
                .containsExactly("22", "23", "24", "25");
        assertThat(three.status()).isEqualTo(400);
        assertThat(three.json()).isEqualTo(OroHttp.JSON.readTree("{\"errors\":[{\"status\":\"400\","
                + "\"title\":\"filter constraint\",\"detail\":\"Expected datetime value. Given "
                + "\\\"2024-03-01T11:20:00.123Z\\\".\",\"source\":{\"parameter\":\"filter[updatedAt][gte]\"}}]}"));
        assertThat(get("filter[updatedAt][gte]=2024-03-01T11:20:00.1Z").status()).isEqualTo(400);
        assertThat(get("filter[updatedAt][gte]=2024-03-01 11:20:00Z").status()).as("a space for T").isEqualTo(400);
    }

    @Test
    void aRangeOfDatetimesNamesThePair() {
        OroHttp.Reply reply = get("filter[updatedAt]=2024-03-01T10:10:00Z..2024-03-01T10:20:00.000Z");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/detail").asText()).isEqualTo("Expected a pair of datetimes "
                + "(datetime..datetime). Given \"2024-03-01T10:10:00Z..2024-03-01T10:20:00.000Z\".");
    }

    @Test
    void datetimeValuesTakeAnyFractionIn60() {
        oro.settings().emulate(OroVersion.V6_0);

        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01T11:20:00.000Z"))).containsExactly("22", "23", "24",
                "25");
        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01T11:19:59.999999Z"))).containsExactly("22", "23",
                "24", "25");
        assertThat(ids(list("filter[updatedAt][gte]=2024-03-01 11:20:00Z"))).containsExactly("22", "23", "24", "25");
        assertThat(get("filter[updatedAt][gte]=2024-03-01T11Z").status()).as("6.0 needs the minutes")
                .isEqualTo(400);
    }

    @Test
    void theOldOperatorFormIsGoneIn61() {
        OroHttp.Reply greaterOrEqual = http.get("/admin/api/products?" + q("page[size]=100") + "&"
                + q("filter[id]") + "%3E=23", http.admin());
        OroHttp.Reply lessThan = http.get("/admin/api/products?" + q("page[size]=100") + "&" + q("filter[id]")
                + "%3C3", http.admin());

        assertThat(greaterOrEqual.status()).isEqualTo(400);
        assertThat(greaterOrEqual.json().at("/errors/0/title").asText()).isEqualTo("filter constraint");
        assertThat(greaterOrEqual.json().at("/errors/0/detail").asText()).isEqualTo("The filter is not supported.");
        assertThat(greaterOrEqual.json().at("/errors/0/source/parameter").asText()).isEqualTo("3E");
        assertThat(lessThan.status()).as("no '=': silently dropped").isEqualTo(200);
        assertThat(lessThan.json().path("data").size()).isEqualTo(25);
    }

    @Test
    void theOperatorNameFormWorksInBothVersions() {
        List<String> in61 = ids(list("filter[id][gte]=23"));
        oro.settings().emulate(OroVersion.V6_0);

        assertThat(in61).containsExactly("23", "24", "25");
        assertThat(ids(list("filter[id][gte]=23"))).containsExactly("23", "24", "25");
    }

    @Test
    void theOldOperatorFormStillWorksIn60() {
        oro.settings().emulate(OroVersion.V6_0);

        assertThat(ids(list("filter[id]>23"))).containsExactly("24", "25");
        assertThat(ids(list("filter[id]<=2"))).containsExactly("1", "2");
        assertThat(ids(list("filter[id]!=1&filter[id]<4"))).containsExactly("2", "3");
        assertThat(ids(list("filter[id]>=23"))).containsExactly("23", "24", "25");
    }

    private OroHttp.Reply get(String readableQuery) {
        return http.get("/admin/api/products?" + q("page[size]=100&" + readableQuery), http.admin());
    }

    private JsonNode list(String readableQuery) {
        OroHttp.Reply reply = get(readableQuery);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
