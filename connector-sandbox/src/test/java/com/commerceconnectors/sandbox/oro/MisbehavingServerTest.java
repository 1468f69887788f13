package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modes in which the emulated Oro ignores the sort or a named filter of a list read, for contract tests of
 * clients that must notice and stop. By default both apply.
 */
class MisbehavingServerTest extends OroFixture {

    @BeforeEach
    void seed() {
        oro.seedProducts(12);
    }

    @Test
    void byDefaultTheSortAndEveryFilterApply() {
        assertThat(ids("sort=-id&page[size]=3")).containsExactly("12", "11", "10");
        assertThat(ids("filter[id][gt]=9&filter[id][lt]=12")).containsExactly("10", "11");
    }

    @Test
    void aServerIgnoringTheSortAnswersById() {
        oro.settings().ignoreSort(true);

        assertThat(ids("sort=-id&page[size]=3")).containsExactly("1", "2", "3");
        assertThat(http.get("/admin/api/products?sort=names", http.admin()).status()).as("still validated")
                .isEqualTo(400);
    }

    @Test
    void aServerIgnoringANamedFilterAppliesTheOthers() {
        oro.settings().ignoreFilters("id");

        assertThat(ids("filter[id][gt]=9&filter[sku]=ORO-000002,ORO-000011")).containsExactly("2", "11");
        assertThat(http.get("/admin/api/products?" + q("filter[id][gt]=x"), http.admin()).status())
                .as("still validated").isEqualTo(400);
    }

    @Test
    void aDeleteListNeverIgnoresItsFilters() {
        oro.settings().ignoreFilters("id");

        OroHttp.Reply deleted = http.send("DELETE", "/admin/api/products?" + q("filter[id][gt]=10"), http.admin(),
                null, null, "X-Include", "deletedCount");

        assertThat(deleted.header("X-Include-Deleted-Count")).isEqualTo("2");
        assertThat(oro.products()).isEqualTo(10);
    }

    private List<String> ids(String readableQuery) {
        OroHttp.Reply reply = http.get("/admin/api/products?" + q(readableQuery), http.admin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode data = reply.json().path("data");
        data.forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
