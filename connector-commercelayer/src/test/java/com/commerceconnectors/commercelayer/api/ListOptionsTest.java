package com.commerceconnectors.commercelayer.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoint options become ransack filters and sparse fieldsets, with [ and ] percent-encoded. */
class ListOptionsTest {

    @Test
    void filtersBecomeRansackParametersWithEncodedBrackets() {
        JsonApiQuery q = ListOptions.addFilter(new JsonApiQuery(), "code_start=TSHIRT; status_in=placed,approved;"
                + "updated_at_gteq=2024-03-01T00:00:00+01:00");
        assertThat(q.toQueryString()).isEqualTo("filter%5Bq%5D%5Bcode_start%5D=TSHIRT"
                + "&filter%5Bq%5D%5Bstatus_in%5D=placed,approved"
                + "&filter%5Bq%5D%5Bupdated_at_gteq%5D=2024-03-01T00:00:00%2B01:00");
        assertThat(q.toQueryString()).doesNotContain("[", "]");
    }

    @Test
    void aFilterThatIsNoPredicateIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ListOptions.addFilter(new JsonApiQuery(), "code"))
                .hasMessageContaining("predicate=value").hasMessageContaining("code_eq");
        assertThatThrownBy(() -> ListOptions.addFilter(new JsonApiQuery(), "Code Eq=1"))
                .hasMessageContaining("ransack");
    }

    @Test
    void fieldsNameTheOwnTypeOrOthers() {
        assertThat(ListOptions.addFields(new JsonApiQuery(), "code,name", "skus").toQueryString())
                .isEqualTo("fields%5Bskus%5D=code,name");
        assertThat(ListOptions.addFields(new JsonApiQuery(), "skus:code;prices:amount_cents", "skus").toQueryString())
                .isEqualTo("fields%5Bskus%5D=code&fields%5Bprices%5D=amount_cents");
        assertThat(ListOptions.addFields(new JsonApiQuery(), "code;prices:amount_cents", "skus", "updated_at")
                .toQueryString()).isEqualTo("fields%5Bskus%5D=code,updated_at&fields%5Bprices%5D=amount_cents");
        assertThatThrownBy(() -> ListOptions.addFields(new JsonApiQuery(), "skus:", "skus"))
                .hasMessageContaining("[type:]a,b");
    }

    @Test
    void resourcePathsAreCheckedAndKnowTheirType() {
        assertThat(ResourcePath.of("/api/stock_items/").path()).isEqualTo("stock_items");
        assertThat(ResourcePath.of("orders/WLgbSXqyoZ/line_items").type()).isEqualTo("line_items");
        assertThat(ResourcePath.of("skus").recordPath("a/b")).isEqualTo("skus/a%2Fb");
        assertThat(ResourcePath.of("skus").defaultKeyAttribute()).isEqualTo("code");
        assertThat(ResourcePath.of("prices").defaultKeyAttribute()).isEqualTo("reference");
        assertThatThrownBy(() -> ResourcePath.of("Skus?x=1")).hasMessageContaining("snake_case");
        assertThatThrownBy(() -> ResourcePath.of(" ")).hasMessageContaining("not a Commerce Layer resource");
    }
}
