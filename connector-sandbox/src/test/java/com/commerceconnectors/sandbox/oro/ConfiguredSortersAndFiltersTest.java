package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oro sorts and filters only by what it configures: the id, the relationships, the fields with a database index and
 * what an entity's api.yml adds. A user has no index on createdAt or updatedAt, so neither sorts nor filters; a
 * product has both.
 */
class ConfiguredSortersAndFiltersTest extends OroFixture {

    @BeforeEach
    void seed() {
        oro.seedUsers(4);
        oro.seedProducts(4);
    }

    @Test
    void sortingUsersByUpdatedAtIsOrosSortConstraintError() throws Exception {
        OroHttp.Reply reply = http.get("/admin/api/users?sort=updatedAt,id", http.admin());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(OroHttp.JSON.readTree("{\"errors\":[{\"status\":\"400\","
                + "\"title\":\"sort constraint\",\"detail\":\"Sorting by \\\"updatedAt\\\" field is not supported.\","
                + "\"source\":{\"parameter\":\"sort\"}}]}"));
    }

    @Test
    void oneErrorNamesEveryFieldThatCannotSort() {
        OroHttp.Reply reply = http.get("/admin/api/users?sort=-updatedAt,lastName,id", http.admin());

        assertThat(reply.json().at("/errors").size()).isEqualTo(1);
        assertThat(reply.json().at("/errors/0/detail").asText())
                .isEqualTo("Sorting by \"updatedAt, lastName\" fields are not supported.");
    }

    @Test
    void usersSortByTheirIdentifierIndexedFieldsAndRelationships() {
        for (String sort : List.of("id", "-id", "username", "email", "firstName", "organization,id")) {
            OroHttp.Reply reply = http.get("/admin/api/users?sort=" + sort, http.admin());
            assertThat(reply.status()).as(sort + ": " + reply.body()).isEqualTo(200);
        }
        assertThat(ids(http.get("/admin/api/users?sort=-username", http.admin()).json()).get(0)).isEqualTo("5");
    }

    @Test
    void filteringUsersByAFieldWithoutAFilterNamesTheParameterAsSent() {
        OroHttp.Reply byUpdatedAt = http.get("/admin/api/users?" + q("filter[updatedAt][gte]=2024-03-01T00:00:00Z"),
                http.admin());
        OroHttp.Reply byEnabled = http.get("/admin/api/users?" + q("filter[enabled]=true"), http.admin());
        OroHttp.Reply byUsername = http.get("/admin/api/users?" + q("filter[username]=admin"), http.admin());
        OroHttp.Reply byOrganization = http.get("/admin/api/users?" + q("filter[organization]=1"), http.admin());

        assertThat(byUpdatedAt.status()).isEqualTo(400);
        assertThat(byUpdatedAt.json().at("/errors/0/title").asText()).isEqualTo("filter constraint");
        assertThat(byUpdatedAt.json().at("/errors/0/detail").asText()).isEqualTo("The filter is not supported.");
        assertThat(byUpdatedAt.json().at("/errors/0/source/parameter").asText()).isEqualTo("filter[updatedAt][gte]");
        assertThat(byEnabled.status()).isEqualTo(400);
        assertThat(ids(byUsername.json())).containsExactly("1");
        assertThat(byOrganization.status()).isEqualTo(200);
    }

    @Test
    void productsSortAndFilterByTheirIndexedTimestamps() {
        OroHttp.Reply reply = http.get("/admin/api/products?sort=updatedAt,id&"
                + q("filter[updatedAt][gte]=2024-03-01T10:20:00Z"), http.admin());
        OroHttp.Reply byType = http.get("/admin/api/products?sort=productType", http.admin());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(ids(reply.json())).containsExactly("4");
        assertThat(byType.status()).as("no index on the type column").isEqualTo(400);
    }

    @Test
    void withTheRestrictionOffEveryScalarAttributeSortsAndFilters() {
        oro.settings().onlyConfiguredSortersAndFilters(false);

        OroHttp.Reply sorted = http.get("/admin/api/users?sort=updatedAt,id", http.admin());
        OroHttp.Reply filtered = http.get("/admin/api/users?" + q("filter[enabled]=true"), http.admin());

        assertThat(sorted.status()).as(sorted.body()).isEqualTo(200);
        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
