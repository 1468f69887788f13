package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.jsonapi.IdCollation;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids under the database's collation: at Commerce Layer case-insensitive, as MySQL's default collation compares
 * them, so the order of {@code sort=id} and the meaning of {@code id_gt} differ from a byte-by-byte comparison. The
 * sandbox still defaults to the binary order.
 */
class IdCollationTest extends CommerceLayerFixture {

    /** Mixed-case ids, in the order they are stored. */
    private static final List<String> IDS = List.of("xC00000002", "Xa00000001", "xb00000001", "xD00000003",
            "XC00000001", "Xd00000003");

    private String token;

    @BeforeEach
    void seed() {
        Resource template = cl.seedSkus(1).get(0);
        int n = 0;
        for (String id : IDS) {
            n++;
            cl.store().put(new Resource(template.type(), id, template.with(Map.of("code", "COLL-" + n)).attributes(),
                    template.links()));
        }
        token = http.integrationToken();
    }

    @Test
    void sortByIdIgnoresCaseAndBreaksItsTiesByTheBinaryOrder() {
        cl.settings().idCollation(IdCollation.CASE_INSENSITIVE);

        assertThat(ids("sort=id")).containsExactly("Xa00000001", "xb00000001", "XC00000001", "xC00000002",
                "Xd00000003", "xD00000003");
        assertThat(ids("sort=-id")).containsExactly("xD00000003", "Xd00000003", "xC00000002", "XC00000001",
                "xb00000001", "Xa00000001");
    }

    @Test
    void idPredicatesCompareIgnoringCase() {
        cl.settings().idCollation(IdCollation.CASE_INSENSITIVE);

        assertThat(ids("sort=id&filter[q][id_gt]=xa00000001")).containsExactly("xb00000001", "XC00000001",
                "xC00000002", "Xd00000003", "xD00000003");
        assertThat(ids("sort=id&filter[q][id_lt]=XC00000001")).containsExactly("Xa00000001", "xb00000001");
        assertThat(ids("sort=id&filter[q][id_eq]=XA00000001")).containsExactly("Xa00000001");
        assertThat(ids("sort=id&filter[q][id_eq]=xd00000003")).containsExactly("Xd00000003", "xD00000003");
        assertThat(ids("sort=id&filter[q][id_in]=XB00000001,xc00000002")).containsExactly("xb00000001",
                "xC00000002");
        assertThat(ids("sort=id&filter[q][id_not_eq]=xD00000003")).containsExactly("Xa00000001", "xb00000001",
                "XC00000001", "xC00000002");
    }

    @Test
    void theTieBreakAfterAnotherSortUsesTheSameOrder() {
        cl.settings().idCollation(IdCollation.CASE_INSENSITIVE);
        // every COLL SKU shares the seeded SKU's updated_at, so the id decides
        assertThat(ids("sort=updated_at")).containsExactly("Xa00000001", "xb00000001", "XC00000001",
                "xC00000002", "Xd00000003", "xD00000003");
    }

    @Test
    void theRealCaseInsensitiveCollationIsTheDefaultAndBinaryComparesCharByChar() {
        assertThat(cl.settings().idCollation()).isEqualTo(IdCollation.CASE_INSENSITIVE);
        cl.settings().idCollation(IdCollation.BINARY);

        assertThat(ids("sort=id")).containsExactly("XC00000001", "Xa00000001", "Xd00000003", "xC00000002",
                "xD00000003", "xb00000001");
        assertThat(ids("sort=id&filter[q][id_gt]=xa00000001")).containsExactly("xb00000001");
        assertThat(ids("sort=id&filter[q][id_eq]=XA00000001")).isEmpty();
        assertThat(ids("sort=updated_at")).containsExactly("XC00000001", "Xa00000001", "Xd00000003",
                "xC00000002", "xD00000003", "xb00000001");
    }

    private List<String> ids(String query) {
        JsonNode doc = http.get(q("/skus?filter[q][code_start]=COLL-&page[size]=25&" + query), token).json();
        List<String> ids = new ArrayList<>();
        doc.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
