package com.commerceconnectors.sandbox.commercelayer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modes in which the emulated server ignores the sort or a filter predicate, for contract tests of clients that
 * must notice and stop. By default both are applied.
 */
class MisbehavingServerTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(12);
        token = http.integrationToken();
    }

    @Test
    void byDefaultTheSortAndEveryPredicateApply() {
        List<String> byCodeDescending = codes("sort=-code&page[size]=3");
        List<String> filtered = codes("filter[q][code_gt]=SKU-000010&sort=code");

        assertThat(byCodeDescending).containsExactly("SKU-000012", "SKU-000011", "SKU-000010");
        assertThat(filtered).containsExactly("SKU-000011", "SKU-000012");
    }

    @Test
    void aServerIgnoringTheSortReturnsTheStoredOrder() {
        cl.settings().ignoreSort(true);

        assertThat(codes("sort=-code&page[size]=3")).containsExactly("SKU-000001", "SKU-000002", "SKU-000003");
        assertThat(http.get(q("/skus?sort=colour"), token).status()).as("the sort is still validated")
                .isEqualTo(400);
    }

    @Test
    void aServerIgnoringAPredicateAppliesTheOthers() {
        cl.settings().ignoreFilterPredicates("id_gt");
        String fifth = http.get(q("/skus?sort=code&page[size]=5"), token).json().at("/data/4/id").asText();

        List<String> codes = codes("filter[q][id_gt]=" + fifth + "&filter[q][code_lt]=SKU-000004&sort=code");

        assertThat(codes).containsExactly("SKU-000001", "SKU-000002", "SKU-000003");
        assertThat(http.get(q("/skus?filter[q][id_gt]=x&filter[q][colour_eq]=red"), token).status())
                .as("the filters are still validated").isEqualTo(400);
    }

    private List<String> codes(String query) {
        JsonNode doc = http.get(q("/skus?" + query), token).json();
        List<String> codes = new ArrayList<>();
        doc.path("data").forEach(r -> codes.add(r.at("/attributes/code").asText()));
        return codes;
    }
}
