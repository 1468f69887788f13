package com.commerceconnectors.core.jsonapi;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class JsonApiQueryTest {

    @Test
    void bracketsAreEncodedAndOrderIsKept() {
        String q = new JsonApiQuery().filter("updatedAt", "gte", "2024-03-01T00:00:00Z").sort("updatedAt,id")
                .page(1, 100).toQueryString();
        assertThat(q).isEqualTo("filter%5BupdatedAt%5D%5Bgte%5D=2024-03-01T00:00:00Z&sort=updatedAt,id"
                + "&page%5Bnumber%5D=1&page%5Bsize%5D=100");
        // a server decoding the query sees the bracketed names again
        assertThat(URI.create("http://h/x?" + q).getQuery())
                .isEqualTo("filter[updatedAt][gte]=2024-03-01T00:00:00Z&sort=updatedAt,id&page[number]=1&page[size]=100");
    }

    @Test
    void plusAmpersandSpaceAndNonAsciiInValuesAreEncoded() {
        String q = new JsonApiQuery().param("filter[q][name_start]", "A&B +1 é").filter("at", "2024-03-01T10:00:00+02:00")
                .toQueryString();
        assertThat(q).isEqualTo("filter%5Bq%5D%5Bname_start%5D=A%26B%20%2B1%20%C3%A9&filter%5Bat%5D=2024-03-01T10:00:00%2B02:00");
    }

    @Test
    void blankOptionalParametersAreLeftOutAndCopiesAreIndependent() {
        JsonApiQuery base = new JsonApiQuery().sort(" ").include(null).fields("skus", "").pageSize(25);
        JsonApiQuery copy = base.copy().include("prices");
        assertThat(base.toQueryString()).isEqualTo("page%5Bsize%5D=25");
        assertThat(copy.toQueryString()).isEqualTo("page%5Bsize%5D=25&include=prices");
        assertThat(copy.has("include")).isTrue();
        assertThat(base.has("include")).isFalse();
        assertThat(new JsonApiQuery().isEmpty()).isTrue();
    }
}
