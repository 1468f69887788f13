package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.catalog.ProductSeeder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental export the design prescribes, run over HTTP: sort by (updated_at, entity_id), filter
 * {@code updated_at >= W} AND ({@code updated_at > W} OR {@code entity_id > I}), always page 1.
 */
class KeysetExportTest extends SandboxFixture {

    private static final int PAGE_SIZE = 300;

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
    }

    @Test
    void aHundredThousandProductsExportExactlyOnceDespiteLargeTieGroups() {
        sandbox.magento().seedProducts(100_000);
        long bulkTies = sandbox.magento().products().all().stream()
                .filter(p -> p.updatedAt().equals(ProductSeeder.BULK_UPDATE)).count();
        assertThat(bulkTies).as("a tie group far larger than a page").isGreaterThan(PAGE_SIZE * 10L);

        List<String> exported = export(page -> { });

        assertThat(exported).hasSize(100_000);
        assertThat(new HashSet<>(exported)).hasSize(100_000);
    }

    @Test
    void recordsChangedMidRunAreDeliveredAgainAndDeletedOnesAreNot() {
        sandbox.magento().seedProducts(2_000);
        Set<String> changedAfterFirstPage = new HashSet<>();
        int[] pages = {0};

        List<String> exported = export(page -> {
            if (pages[0]++ == 0) {
                String alreadySent = page.get(0);
                sandbox.magento().products().touch(alreadySent, Instant.parse("2030-01-01T00:00:00Z"));
                sandbox.magento().products().delete(ProductSeeder.sku(1_999));
                changedAfterFirstPage.add(alreadySent);
            }
        });

        Map<String, Long> counts = exported.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        String touched = changedAfterFirstPage.iterator().next();
        assertThat(counts.get(touched)).as("re-delivered once after its update").isEqualTo(2);
        assertThat(exported.get(exported.size() - 1)).isEqualTo(touched);
        assertThat(counts).doesNotContainKey(ProductSeeder.sku(1_999));
        assertThat(counts.values()).allMatch(c -> c <= 2);
        assertThat(counts).hasSize(1_999);
    }

    private List<String> export(Consumer<List<String>> afterPage) {
        LocalDateTime watermark = LocalDateTime.of(1970, 1, 1, 0, 0);
        long lastId = 0;
        List<String> exported = new ArrayList<>();
        while (true) {
            String w = watermark.toString().replace('T', ' ');
            if (w.length() == 16) {
                w = w + ":00";
            }
            Reply reply = http.get(MagentoHttp.q("/all/V1/products?"
                    + "searchCriteria[filter_groups][0][filters][0][field]=updated_at"
                    + "&searchCriteria[filter_groups][0][filters][0][value]=" + w
                    + "&searchCriteria[filter_groups][0][filters][0][condition_type]=gteq"
                    + "&searchCriteria[filter_groups][1][filters][0][field]=updated_at"
                    + "&searchCriteria[filter_groups][1][filters][0][value]=" + w
                    + "&searchCriteria[filter_groups][1][filters][0][condition_type]=gt"
                    + "&searchCriteria[filter_groups][1][filters][1][field]=entity_id"
                    + "&searchCriteria[filter_groups][1][filters][1][value]=" + lastId
                    + "&searchCriteria[filter_groups][1][filters][1][condition_type]=gt"
                    + "&searchCriteria[sortOrders][0][field]=updated_at&searchCriteria[sortOrders][0][direction]=ASC"
                    + "&searchCriteria[sortOrders][1][field]=entity_id&searchCriteria[sortOrders][1][direction]=ASC"
                    + "&searchCriteria[pageSize]=" + PAGE_SIZE + "&searchCriteria[currentPage]=1"), token);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode items = reply.json().path("items");
            List<String> page = new ArrayList<>();
            for (JsonNode item : items) {
                page.add(item.path("sku").asText());
            }
            exported.addAll(page);
            if (items.size() < PAGE_SIZE) {
                return exported;
            }
            JsonNode last = items.get(items.size() - 1);
            watermark = LocalDateTime.parse(last.path("updated_at").asText().replace(' ', 'T'));
            lastId = last.path("id").asLong();
            afterPage.accept(page);
        }
    }
}
