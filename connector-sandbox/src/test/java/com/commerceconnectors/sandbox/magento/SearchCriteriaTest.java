package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.search.PagingMode;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCriteriaTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
        add("A-1", "Blue Shirt", "10", "2024-01-01T10:00:00", Map.of("color", "50", "material", "cotton,linen"));
        add("A-2", "blue trousers", "20", "2024-01-01T10:00:00", Map.of());
        add("B-1", "Red Shirt", "30", "2024-01-02T00:00:00", Map.of("color", "51"));
        sandbox.magento().products().insert(product("B-2", "Green Hat", "15.5", "2024-01-03T12:30:00", Map.of())
                .withStatus(Product.STATUS_DISABLED).withCustomAttribute("category_ids", List.of("4", "6")));
        add("C-1", "Shirt ", "5", "2024-01-03T12:30:00", Map.of());
    }

    @Test
    void equalityFollowsMysqlCollationCaseAndTrailingSpaces() {
        assertThat(skus(filter("name", "blue shirt", "eq"))).containsExactly("A-1");
        assertThat(skus(filter("name", "SHIRT", "eq"))).containsExactly("C-1");
        assertThat(skus(filter("sku", "a-2", null))).as("no condition type means eq").containsExactly("A-2");
    }

    @Test
    void filtersInAGroupAreOredAndGroupsAreAnded() {
        Reply or = search("searchCriteria[filter_groups][0][filters][0][field]=sku"
                + "&searchCriteria[filter_groups][0][filters][0][value]=A-1"
                + "&searchCriteria[filter_groups][0][filters][1][field]=sku"
                + "&searchCriteria[filter_groups][0][filters][1][value]=B-2");
        Reply and = search("searchCriteria[filter_groups][0][filters][0][field]=name"
                + "&searchCriteria[filter_groups][0][filters][0][value]=%25shirt%25"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
                + "&searchCriteria[filter_groups][1][filters][0][field]=price"
                + "&searchCriteria[filter_groups][1][filters][0][value]=9"
                + "&searchCriteria[filter_groups][1][filters][0][condition_type]=gt");

        assertThat(skus(or)).containsExactly("A-1", "B-2");
        assertThat(skus(and)).containsExactly("A-1", "B-1");
    }

    @Test
    void comparisonsOnNumbersAreNumericNotTextual() {
        assertThat(skus(filter("price", "9", "gt"))).containsExactly("A-1", "A-2", "B-1", "B-2");
        assertThat(skus(filter("price", "15.5", "gteq"))).containsExactly("A-2", "B-1", "B-2");
        assertThat(skus(filter("price", "15.5", "lt"))).containsExactly("A-1", "C-1");
        assertThat(skus(filter("price", "10", "lteq"))).containsExactly("A-1", "C-1");
        assertThat(skus(filter("price", "20", "moreq"))).containsExactly("A-2", "B-1");
    }

    @Test
    void likeUsesPercentAndUnderscoreWildcards() {
        assertThat(skus(filter("sku", "A-_", "like"))).containsExactly("A-1", "A-2");
        assertThat(skus(filter("name", "%shirt", "like")))
                .as("LIKE keeps trailing spaces significant, unlike =").containsExactly("A-1", "B-1");
        assertThat(skus(filter("name", "%shirt%", "nlike"))).containsExactly("A-2", "B-2");
    }

    @Test
    void inAndNinSplitTheValueOnCommas() {
        assertThat(skus(filter("sku", "A-1,B-1", "in"))).containsExactly("A-1", "B-1");
        assertThat(skus(filter("price", "10,20", "nin"))).containsExactly("B-1", "B-2", "C-1");
    }

    @Test
    void fromAndToFormARangeOnlyInSeparateGroups() {
        Reply range = search("searchCriteria[filter_groups][0][filters][0][field]=price"
                + "&searchCriteria[filter_groups][0][filters][0][value]=10"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=from"
                + "&searchCriteria[filter_groups][1][filters][0][field]=price"
                + "&searchCriteria[filter_groups][1][filters][0][value]=20"
                + "&searchCriteria[filter_groups][1][filters][0][condition_type]=to");
        Reply sameGroup = search("searchCriteria[filter_groups][0][filters][0][field]=price"
                + "&searchCriteria[filter_groups][0][filters][0][value]=10"
                + "&searchCriteria[filter_groups][0][filters][0][condition_type]=from"
                + "&searchCriteria[filter_groups][0][filters][1][field]=price"
                + "&searchCriteria[filter_groups][0][filters][1][value]=20"
                + "&searchCriteria[filter_groups][0][filters][1][condition_type]=to");

        assertThat(skus(range)).containsExactly("A-1", "A-2", "B-2");
        assertThat(skus(sameGroup)).as("OR'ed: everything").hasSize(5);
    }

    @Test
    void nullChecksAndComparisonsWithNullFollowSql() {
        assertThat(skus(filter("color", "", "null"))).containsExactly("A-2", "B-2", "C-1");
        assertThat(skus(filter("color", "", "notnull"))).containsExactly("A-1", "B-1");
        assertThat(skus(filter("color", "50", "neq"))).as("NULL <> 50 is not true").containsExactly("B-1");
    }

    @Test
    void findInSetMatchesOneItemOfACommaList() {
        assertThat(skus(filter("material", "linen", "finset"))).containsExactly("A-1");
        assertThat(skus(filter("material", "wool", "finset"))).isEmpty();
    }

    @Test
    void unknownConditionTypesDegradeToEqualityAsInMagentosSqlBuilder() {
        assertThat(skus(filter("price", "20", "GTEQ"))).containsExactly("A-2");
    }

    @Test
    void updatedAtComparesAsDatesWithDateOnlyAndIsoLiterals() {
        assertThat(skus(filter("updated_at", "2024-01-02", "gteq"))).containsExactly("B-1", "B-2", "C-1");
        assertThat(skus(filter("updated_at", "2024-01-01 10:00:00", "gt"))).containsExactly("B-1", "B-2", "C-1");
        assertThat(skus(filter("updated_at", "2024-01-03T12:30:00Z", "eq"))).containsExactly("B-2", "C-1");
        assertThat(skus(filter("updated_at", "2024-01-03T14:30:00+02:00", "eq"))).containsExactly("B-2", "C-1");
    }

    @Test
    void categoryFilterAndTheBrokenCategoryIdsColumn() {
        assertThat(skus(filter("category_id", "6", "eq"))).containsExactly("B-2");
        Reply broken = filter("category_ids", "6", "finset");
        assertThat(broken.status()).isEqualTo(500);
    }

    @Test
    void sortsOnSeveralKeysAndAMissingDirectionMeansDescending() {
        Reply twoKeys = search("searchCriteria[sortOrders][0][field]=updated_at"
                + "&searchCriteria[sortOrders][0][direction]=DESC"
                + "&searchCriteria[sortOrders][1][field]=sku&searchCriteria[sortOrders][1][direction]=asc");
        Reply noDirection = search("searchCriteria[sortOrders][0][field]=price");

        assertThat(skus(twoKeys)).containsExactly("B-2", "C-1", "B-1", "A-1", "A-2");
        assertThat(skus(noDirection)).containsExactly("B-1", "A-2", "B-2", "A-1", "C-1");
        assertThat(twoKeys.json().path("search_criteria").path("sort_orders").get(1).path("direction").asText())
                .isEqualTo("ASC");
    }

    @Test
    void tiesAreBrokenByEntityIdSoPagesAreStable() {
        Reply first = search(sortedByUpdatedAt(2, 1));
        Reply second = search(sortedByUpdatedAt(2, 2));
        Reply third = search(sortedByUpdatedAt(2, 3));

        List<String> all = new ArrayList<>(skus(first));
        all.addAll(skus(second));
        all.addAll(skus(third));
        assertThat(all).containsExactly("A-1", "A-2", "B-1", "B-2", "C-1");
    }

    @Test
    void pagingPastTheEndIsEmptyOn24AndRepeatsTheLastPageOn23() {
        Reply last = search(sortedByUpdatedAt(2, 3));
        Reply past = search(sortedByUpdatedAt(2, 4));
        sandbox.magento().settings().pagingMode(PagingMode.REPEAT_LAST_PAGE);
        Reply past23 = search(sortedByUpdatedAt(2, 4));
        Reply farPast23 = search(sortedByUpdatedAt(2, 40));

        assertThat(skus(last)).containsExactly("C-1");
        assertThat(skus(past)).isEmpty();
        assertThat(past.json().path("total_count").asInt()).isEqualTo(5);
        assertThat(skus(past23)).containsExactly("C-1");
        assertThat(skus(farPast23)).containsExactly("C-1");
        assertThat(farPast23.json().path("search_criteria").path("current_page").asInt()).isEqualTo(40);
    }

    @Test
    void searchCriteriaAreEchoedAsMagentoDoes() {
        Reply reply = search("searchCriteria[filterGroups][0][filters][0][field]=sku"
                + "&searchCriteria[filterGroups][0][filters][0][value]=A-1"
                + "&searchCriteria[pageSize]=10&searchCriteria[currentPage]=1");

        JsonNode echo = reply.json().path("search_criteria");
        assertThat(echo.toString()).isEqualTo("{\"filter_groups\":[{\"filters\":[{\"field\":\"sku\","
                + "\"value\":\"A-1\",\"condition_type\":\"eq\"}]}],\"page_size\":10,\"current_page\":1}");
        assertThat(reply.json().path("total_count").asInt()).isEqualTo(1);
        assertThat(reply.json().path("items").get(0).path("name").asText()).isEqualTo("Blue Shirt");
    }

    @Test
    void emptySearchCriteriaReturnsEverythingButMissingCriteriaIsAnError() {
        Reply all = http.get("/V1/products?searchCriteria=", token);
        Reply missing = http.get("/V1/products", token);

        assertThat(all.json().path("total_count").asInt()).isEqualTo(5);
        assertThat(all.json().path("items")).hasSize(5);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\","
                + "\"parameters\":{\"fieldName\":\"searchCriteria\"}}");
    }

    @Test
    void inputLimitsCapThePageSizeAndApplyADefault() {
        sandbox.magento().settings().inputLimits(true);
        Reply tooBig = search("searchCriteria[pageSize]=301");
        Reply max = search("searchCriteria[pageSize]=300");
        Reply defaulted = http.get("/V1/products?searchCriteria=", token);

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).isEqualTo("{\"message\":\"Maximum SearchCriteria pageSize is %max\","
                + "\"parameters\":{\"max\":300}}");
        assertThat(max.status()).isEqualTo(200);
        assertThat(defaulted.json().path("search_criteria").path("page_size").asInt()).isEqualTo(20);
    }

    @Test
    void unknownFieldsFailLikeOnMagentoEavWith400FlatTablesWith500() {
        Reply product = filter("store_id", "1", "eq");
        Reply order = http.get(MagentoHttp.q("/V1/orders?searchCriteria[filter_groups][0][filters][0][field]="
                + "customerId&searchCriteria[filter_groups][0][filters][0][value]=1"), token);
        Reply sortUnknown = search("searchCriteria[sortOrders][0][field]=nonexistent");

        assertThat(product.status()).isEqualTo(400);
        assertThat(product.body()).isEqualTo("{\"message\":\"The \\\"%1\\\" attribute name is invalid. Reset the "
                + "name and try again.\",\"parameters\":[\"store_id\"]}");
        assertThat(order.status()).isEqualTo(500);
        assertThat(order.message()).matches("Internal Error\\. Details are available in Magento log file\\. "
                + "Report ID: webapi-[0-9a-f]{13}");
        assertThat(sortUnknown.status()).as("EAV collections skip unknown sort attributes").isEqualTo(200);
    }

    @Test
    void malformedCriteriaGetMagentosInputMessages() {
        Reply notNumber = search("searchCriteria[pageSize]=abc");
        Reply unsupported = search("searchCriteria[foo]=1");
        Reply direction = search("searchCriteria[sortOrders][0][field]=sku&searchCriteria[sortOrders][0][direction]=UP");
        Reply restricted = search("searchCriteria[sortOrders][0][field]=sku;DROP");

        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.message()).isEqualTo("Error occurred during \"pageSize\" processing. The \"abc\" "
                + "value's type is invalid. The \"int\" type was expected. Verify and try again.");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.json().path("parameters").path("fieldName").asText()).isEqualTo("foo");
        assertThat(direction.status()).isEqualTo(400);
        assertThat(direction.message()).isEqualTo(
                "The sort order has to be specified as %1 for ascending order or %2 for descending order.");
        assertThat(restricted.message()).isEqualTo("Sort order field %1 contains restricted symbols");
    }

    @Test
    void emptyBracketsCreateANewGroupPerParameterAsPhpParsesThem() {
        Reply reply = search("searchCriteria[filter_groups][][filters][][field]=sku"
                + "&searchCriteria[filter_groups][][filters][][value]=A-1");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("parameters").get(0).asText()).isEmpty();
    }

    @Test
    void aPlusInTheQueryIsASpace() {
        assertThat(skus(http.get(MagentoHttp.q("/V1/products?searchCriteria[filter_groups][0][filters][0][field]"
                + "=name&searchCriteria[filter_groups][0][filters][0][value]=Blue+Shirt"), token)))
                .containsExactly("A-1");
    }

    private String sortedByUpdatedAt(int pageSize, int page) {
        return "searchCriteria[sortOrders][0][field]=updated_at&searchCriteria[sortOrders][0][direction]=ASC"
                + "&searchCriteria[pageSize]=" + pageSize + "&searchCriteria[currentPage]=" + page;
    }

    private Reply filter(String field, String value, String condition) {
        String query = "searchCriteria[filter_groups][0][filters][0][field]=" + field
                + "&searchCriteria[filter_groups][0][filters][0][value]=" + value.replace("%", "%25")
                + (condition == null ? "" : "&searchCriteria[filter_groups][0][filters][0][condition_type]="
                + condition);
        return search(query);
    }

    private Reply search(String query) {
        return http.get(MagentoHttp.q("/V1/products?" + query).replace("+", "%2B"), token);
    }

    static List<String> skus(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> skus = new ArrayList<>();
        reply.json().path("items").forEach(item -> skus.add(item.path("sku").asText()));
        return skus;
    }

    private void add(String sku, String name, String price, String updatedAt, Map<String, String> custom) {
        sandbox.magento().products().insert(product(sku, name, price, updatedAt, custom));
    }

    private static Product product(String sku, String name, String price, String updatedAt,
                                   Map<String, String> custom) {
        LocalDateTime updated = LocalDateTime.parse(updatedAt);
        return new Product(0, sku, name, new BigDecimal(price), Product.STATUS_ENABLED, Product.VISIBILITY_BOTH,
                "simple", 4, null, updated.minusDays(1), updated, new LinkedHashMap<>(custom), List.of(1), Map.of());
    }
}
