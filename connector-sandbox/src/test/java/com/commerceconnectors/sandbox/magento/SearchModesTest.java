package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search behaviours that differ between versions (past the last page, 2.4 answers no items and 2.3 the last
 * page again) and the misbehaving searches contract tests use (sort orders or a filter group ignored).
 */
class SearchModesTest extends SandboxFixture {

    /** SKUs 2 to 5, sorted by SKU descending. */
    private static final String TWO_TO_FIVE_DESCENDING = "searchCriteria[filter_groups][0][filters][0][field]=sku"
            + "&searchCriteria[filter_groups][0][filters][0][value]=SBX-000002"
            + "&searchCriteria[filter_groups][0][filters][0][condition_type]=gteq"
            + "&searchCriteria[filter_groups][1][filters][0][field]=sku"
            + "&searchCriteria[filter_groups][1][filters][0][value]=SBX-000005"
            + "&searchCriteria[filter_groups][1][filters][0][condition_type]=lteq"
            + "&searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=DESC";

    private String token;

    @BeforeEach
    void start() throws Exception {
        sandbox.magento().seedProducts(6);
        token = http.adminToken();
    }

    @Test
    void pastTheLastPage24AnswersNoItems() {
        sandbox.magento().settings().emulate(MagentoVersion.V2_4_7);

        Reply last = search(TWO_TO_FIVE_DESCENDING + "&searchCriteria[pageSize]=3&searchCriteria[currentPage]=2");
        Reply past = search(TWO_TO_FIVE_DESCENDING + "&searchCriteria[pageSize]=3&searchCriteria[currentPage]=3");

        assertThat(skus(last)).containsExactly("SBX-000002");
        assertThat(skus(past)).isEmpty();
        assertThat(past.json().path("total_count").asInt()).isEqualTo(4);
    }

    @Test
    void pastTheLastPage23RepeatsTheLastPage() {
        sandbox.magento().settings().emulate(MagentoVersion.V2_3);

        Reply past = search(TWO_TO_FIVE_DESCENDING + "&searchCriteria[pageSize]=3&searchCriteria[currentPage]=3");
        Reply farPast = search(TWO_TO_FIVE_DESCENDING + "&searchCriteria[pageSize]=3&searchCriteria[currentPage]=9");

        assertThat(skus(past)).containsExactly("SBX-000002");
        assertThat(skus(farPast)).containsExactly("SBX-000002");
        assertThat(farPast.json().at("/search_criteria/current_page").asInt()).isEqualTo(9);
    }

    @Test
    void byDefaultTheSortOrdersAndEveryFilterGroupApply() {
        assertThat(skus(search(TWO_TO_FIVE_DESCENDING))).containsExactly("SBX-000005", "SBX-000004", "SBX-000003",
                "SBX-000002");
    }

    @Test
    void aSearchIgnoringTheSortOrdersAnswersInEntityIdOrderButEchoesThem() {
        sandbox.magento().settings().ignoreSortOrders(true);

        Reply reply = search(TWO_TO_FIVE_DESCENDING);

        assertThat(skus(reply)).containsExactly("SBX-000002", "SBX-000003", "SBX-000004", "SBX-000005");
        assertThat(reply.json().at("/search_criteria/sort_orders/0/direction").asText()).isEqualTo("DESC");
    }

    @Test
    void aSearchIgnoringAFilterGroupAppliesTheOthersButEchoesIt() {
        sandbox.magento().settings().ignoreFilterGroups(1);

        Reply reply = search(TWO_TO_FIVE_DESCENDING);

        assertThat(skus(reply)).containsExactly("SBX-000006", "SBX-000005", "SBX-000004", "SBX-000003",
                "SBX-000002");
        assertThat(reply.json().at("/total_count").asInt()).isEqualTo(5);
        assertThat(reply.json().at("/search_criteria/filter_groups").size()).isEqualTo(2);
    }

    private Reply search(String query) {
        Reply reply = http.get(MagentoHttp.q("/V1/products?" + query), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static List<String> skus(Reply reply) {
        List<String> skus = new ArrayList<>();
        reply.json().path("items").forEach(item -> skus.add(item.path("sku").asText()));
        return skus;
    }
}
