package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Magento 2.4.4+'s web API input limits ({@code webapi/validation/input_limit_enabled}, off by default): entity
 * arrays of the input capped by the "Input List Limit" (20; 5,000 for asynchronous requests), search pages by the
 * maximum page size (300), with Magento's messages and parameters.
 */
class InputLimitsTest extends SandboxFixture {

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
    }

    @Test
    void byDefaultEntityArraysAreNotLimited() {
        Reply links = http.post("/all/V1/products", token, productWith("product_links", 21));
        Reply groups = search(filterGroups(21));

        assertThat(links.status()).as(links.body()).isEqualTo(200);
        assertThat(groups.status()).as(groups.body()).isEqualTo(200);
    }

    @Test
    void aProductsEntityArraysAreCappedAtTheInputListLimit() {
        sandbox.magento().settings().inputLimits(true);

        Reply twenty = http.post("/all/V1/products", token, productWith("product_links", 20));
        Reply links = http.post("/all/V1/products", token, productWith("product_links", 21));
        Reply options = http.post("/all/V1/products", token, productWith("options", 21));
        Reply gallery = http.post("/all/V1/products", token, productWith("media_gallery_entries", 21));
        Reply tiers = http.post("/all/V1/products", token, productWith("tier_prices", 21));
        Reply categories = http.post("/all/V1/products", token, "{\"product\":{\"sku\":\"C-1\",\"name\":\"C\","
                + "\"price\":1,\"extension_attributes\":{\"category_links\":" + items(21) + "}}}");

        assertThat(twenty.status()).as(twenty.body()).isEqualTo(200);
        assertThat(links.status()).isEqualTo(400);
        assertThat(links.body()).isEqualTo("{\"message\":\"Maximum items of type \\\"%type\\\" is %max\","
                + "\"parameters\":{\"type\":\"\\\\Magento\\\\Catalog\\\\Api\\\\Data\\\\ProductLinkInterface\","
                + "\"max\":20}}");
        assertThat(options.json().at("/parameters/type").asText())
                .isEqualTo("\\Magento\\Catalog\\Api\\Data\\ProductCustomOptionInterface");
        assertThat(gallery.json().at("/parameters/type").asText())
                .isEqualTo("\\Magento\\Catalog\\Api\\Data\\ProductAttributeMediaGalleryEntryInterface");
        assertThat(tiers.json().at("/parameters/type").asText())
                .isEqualTo("\\Magento\\Catalog\\Api\\Data\\ProductTierPriceInterface");
        assertThat(categories.json().at("/parameters/type").asText())
                .isEqualTo("\\Magento\\Catalog\\Api\\Data\\CategoryLinkInterface");
        assertThat(sandbox.magento().products().find("C-1")).isEmpty();
    }

    @Test
    void theInputListLimitIsASetting() {
        sandbox.magento().settings().inputLimits(true).inputListLimit(3);

        Reply four = http.post("/all/V1/products", token, productWith("tier_prices", 4));

        assertThat(four.status()).isEqualTo(400);
        assertThat(four.json().at("/parameters/max").asInt()).isEqualTo(3);
    }

    @Test
    void aCustomersAddressesAreCappedToo() {
        sandbox.magento().settings().inputLimits(true);

        Reply many = http.post("/V1/customers", null, "{\"customer\":{\"email\":\"many@example.com\","
                + "\"firstname\":\"M\",\"lastname\":\"A\",\"addresses\":" + items(21)
                + "},\"password\":\"Passw0rd!x\"}");

        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().at("/parameters/type").asText())
                .isEqualTo("\\Magento\\Customer\\Api\\Data\\AddressInterface");
    }

    @Test
    void aSearchsFilterGroupsFiltersAndSortOrdersAreCapped() {
        sandbox.magento().settings().inputLimits(true);
        StringBuilder filters = new StringBuilder("searchCriteria[pageSize]=5");
        StringBuilder sorts = new StringBuilder("searchCriteria[pageSize]=5");
        for (int i = 0; i < 21; i++) {
            filters.append("&searchCriteria[filter_groups][0][filters][").append(i).append("][field]=sku")
                    .append("&searchCriteria[filter_groups][0][filters][").append(i).append("][value]=S-").append(i);
            sorts.append("&searchCriteria[sortOrders][").append(i).append("][field]=sku");
        }

        Reply groups = search(filterGroups(21));
        Reply twentyGroups = search(filterGroups(20) + "&searchCriteria[pageSize]=5");
        Reply manyFilters = search(filters.toString());
        Reply manySorts = search(sorts.toString());

        assertThat(groups.status()).isEqualTo(400);
        assertThat(groups.body()).isEqualTo("{\"message\":\"Maximum items of type \\\"%type\\\" is %max\","
                + "\"parameters\":{\"type\":\"\\\\Magento\\\\Framework\\\\Api\\\\Search\\\\FilterGroup\",\"max\":20}}");
        assertThat(twentyGroups.status()).isEqualTo(200);
        assertThat(manyFilters.json().at("/parameters/type").asText()).isEqualTo("\\Magento\\Framework\\Api\\Filter");
        assertThat(manySorts.json().at("/parameters/type").asText()).isEqualTo("\\Magento\\Framework\\Api\\SortOrder");
    }

    @Test
    void theLimitsAreCheckedInTheOrderThePropertiesCome() {
        sandbox.magento().settings().inputLimits(true);

        Reply pageFirst = search("searchCriteria[pageSize]=301&" + filterGroups(21));
        Reply groupsFirst = search(filterGroups(21) + "&searchCriteria[pageSize]=301");

        assertThat(pageFirst.json().path("message").asText()).isEqualTo("Maximum SearchCriteria pageSize is %max");
        assertThat(groupsFirst.json().path("message").asText()).isEqualTo("Maximum items of type \"%type\" is %max");
    }

    @Test
    void asynchronousRequestsHaveTheirOwnHigherLimit() {
        sandbox.magento().settings().inputLimits(true);

        Reply sync = http.post("/all/V1/products", token, productWith("product_links", 21));
        Reply async = http.post("/all/async/V1/products", token, productWith("product_links", 21));
        sandbox.magento().settings().asyncInputListLimit(21);
        Reply overTheAsyncLimit = http.post("/all/async/V1/products", token, productWith("product_links", 22));

        assertThat(sync.status()).isEqualTo(400);
        assertThat(async.status()).as(async.body()).isEqualTo(202);
        assertThat(overTheAsyncLimit.status()).isEqualTo(400);
        assertThat(overTheAsyncLimit.json().at("/parameters/max").asInt()).isEqualTo(21);
    }

    @Test
    void bulkRoutesKeepTheSynchronousLimitForTheArraysOfEachEntity() {
        // InputArraySizeLimitValue gives the asynchronous limit to paths matching /async/V\d/ only
        sandbox.magento().settings().inputLimits(true);

        Reply overTwenty = http.post("/all/async/bulk/V1/products", token, "[" + productWith("product_links", 21) + "]");
        Reply twenty = http.post("/all/async/bulk/V1/products", token, "[" + productWith("product_links", 20) + "]");

        assertThat(overTwenty.status()).isEqualTo(400);
        assertThat(overTwenty.json().at("/parameters/max").asInt()).isEqualTo(20);
        assertThat(twenty.status()).as(twenty.body()).isEqualTo(202);
    }

    @Test
    void aBulkRequestMayHoldMoreEntitiesThanTheListLimit() {
        // the bulk body's own array is not an entity array of the service's input: Magento iterates it itself
        sandbox.magento().settings().inputLimits(true);
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 25; i++) {
            body.append(i == 0 ? "" : ",").append("{\"product\":{\"sku\":\"B-").append(i)
                    .append("\",\"name\":\"Bulk ").append(i).append("\",\"price\":1}}");
        }
        Reply bulk = http.post("/all/async/bulk/V1/products", token, body.append(']').toString());

        assertThat(bulk.status()).as(bulk.body()).isEqualTo(202);
        assertThat(bulk.json().path("request_items").size()).isEqualTo(25);
    }

    private Reply search(String query) {
        return http.get(MagentoHttp.q("/V1/products?" + query), token);
    }

    /** {@code count} filter groups of one filter each. */
    private static String filterGroups(int count) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&").append("searchCriteria[filter_groups][").append(i)
                    .append("][filters][0][field]=sku")
                    .append("&searchCriteria[filter_groups][").append(i).append("][filters][0][value]=S-%25")
                    .append("&searchCriteria[filter_groups][").append(i)
                    .append("][filters][0][condition_type]=like");
        }
        return query.toString();
    }

    private static String productWith(String array, int count) {
        return "{\"product\":{\"sku\":\"L-" + array + "-" + count + "\",\"name\":\"Limited " + array + " " + count
                + "\",\"price\":1,\"" + array + "\":" + items(count) + "}}";
    }

    private static String items(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"position\":").append(i).append('}');
        }
        return json.append(']').toString();
    }
}
