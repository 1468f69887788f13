package com.commerceconnectors.magento2.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCriteriaTest {

    @Test
    void encodesBracketsAndSpacesTheWayEveryMagentoVersionReadsThem() {
        String q = SearchCriteria.empty()
                .and("name", "like", "Bag %")
                .andAnyOf(new SearchCriteria.Filter("sku", "eq", "A+B"), new SearchCriteria.Filter("sku", "eq", "C/D"))
                .sortedBy(new SearchCriteria.SortOrder("updated_at", true))
                .page(50, 2)
                .toQueryString();
        assertThat(q).isEqualTo(
                "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=name"
                        + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=Bag%20%25"
                        + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=like"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=A%2BB"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=eq"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B1%5D%5Bfield%5D=sku"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B1%5D%5Bvalue%5D=C%2FD"
                        + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B1%5D%5Bcondition_type%5D=eq"
                        + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=updated_at"
                        + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=ASC"
                        + "&searchCriteria%5BpageSize%5D=50&searchCriteria%5BcurrentPage%5D=2");
        assertThat(q).doesNotContain("+").doesNotContain("[");
    }

    @Test
    void anEmptySearchStillSendsSearchCriteriaBecauseMagentoRequiresIt() {
        assertThat(SearchCriteria.empty().toQueryString()).isEqualTo("searchCriteria=");
    }

    @Test
    void rejectsUnknownConditionTypesWithTheKnownOnes() {
        assertThatThrownBy(() -> new SearchCriteria.Filter("a", "equals", "1"))
                .hasMessageContaining("unknown condition type 'equals'")
                .hasMessageContaining("gteq");
    }

    @Test
    void filterExpressionBuildsAndedGroupsOfOredFilters() {
        SearchCriteria c = FilterExpression.parseFilter("status:eq:1;type_id:in:simple,virtual|sku:like:MB-%");
        assertThat(c.groups()).hasSize(2);
        assertThat(c.groups().get(0)).containsExactly(new SearchCriteria.Filter("status", "eq", "1"));
        assertThat(c.groups().get(1)).containsExactly(
                new SearchCriteria.Filter("type_id", "in", "simple,virtual"),
                new SearchCriteria.Filter("sku", "like", "MB-%"));
    }

    @Test
    void filterExpressionValuesMayHoldColonsAndEscapedSeparators() {
        SearchCriteria c = FilterExpression.parseFilter("updated_at:gteq:2024-01-01 10:00:00;name:eq:a\\;b\\|c");
        assertThat(c.groups().get(0).get(0).value()).isEqualTo("2024-01-01 10:00:00");
        assertThat(c.groups().get(1).get(0).value()).isEqualTo("a;b|c");
    }

    @Test
    void filterExpressionErrorsSayWhatToWrite() {
        assertThatThrownBy(() -> FilterExpression.parseFilter("status"))
                .hasMessageContaining("field:condition:value");
        assertThatThrownBy(() -> FilterExpression.parseFilter("status:eq"))
                .hasMessageContaining("has no value");
        assertThat(FilterExpression.parseFilter("special_price:null").groups().get(0).get(0).conditionType()).isEqualTo("null");
        assertThatThrownBy(() -> FilterExpression.parseSort("name:up")).hasMessageContaining("asc or desc");
    }

    @Test
    void resourcesMapToTheirSearchEndpointsAndKeysetFields() {
        assertThat(MagentoResource.of("customers").listPath()).isEqualTo("customers/search");
        assertThat(MagentoResource.of("orders").idJsonField()).isEqualTo("entity_id");
        assertThat(MagentoResource.of("products").keyField()).isEqualTo("sku");
        MagentoResource any = MagentoResource.of("/V1/cmsPage/search");
        assertThat(any.listPath()).isEqualTo("cmsPage/search");
        assertThatThrownBy(() -> MagentoResource.of(" ")).hasMessageContaining("resource is missing");
    }
}
