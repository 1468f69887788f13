package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commerce Layer writes timestamps with milliseconds ({@code 2025-06-02T08:00:00.123Z}) and its filters take them in
 * the same form, so a client can filter on exactly the value it read.
 */
class TimestampPrecisionTest extends CommerceLayerFixture {

    private String token;
    private String id;

    @BeforeEach
    void createAtAFractionOfASecond() {
        cl.seedSkus(1);
        token = http.integrationToken();
        clock.set(Instant.parse("2025-06-02T08:00:00.123456789Z"));
        Reply created = http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"MS-1\",\"name\":\"Precise\"}}}");
        id = created.json().at("/data/id").asText();
    }

    @Test
    void updatedAtCarriesMilliseconds() {
        JsonNode sku = http.get("/skus/" + id, token).json().path("data");

        assertThat(sku.at("/attributes/updated_at").asText()).isEqualTo("2025-06-02T08:00:00.123Z");
        assertThat(sku.at("/attributes/created_at").asText()).isEqualTo("2025-06-02T08:00:00.123Z");
    }

    @Test
    void filtersTakeTheTimestampAsItWasRead() {
        assertThat(codes("filter[q][updated_at_eq]=2025-06-02T08:00:00.123Z")).containsExactly("MS-1");
        assertThat(codes("filter[q][updated_at_gt]=2025-06-02T08:00:00.122Z")).containsExactly("MS-1");
        assertThat(codes("filter[q][updated_at_gt]=2025-06-02T08:00:00.123Z")).isEmpty();
        assertThat(codes("filter[q][updated_at_gteq]=2025-06-02T08:00:00.123Z")).containsExactly("MS-1");
    }

    @Test
    void anUpdateIsStampedToTheMillisecondToo() {
        clock.set(Instant.parse("2025-06-02T09:30:00.987654Z"));
        Reply updated = http.patch("/skus/" + id, token,
                "{\"data\":{\"type\":\"skus\",\"id\":\"" + id + "\",\"attributes\":{\"name\":\"Later\"}}}");

        assertThat(updated.json().at("/data/attributes/updated_at").asText()).isEqualTo("2025-06-02T09:30:00.987Z");
        assertThat(codes("filter[q][updated_at_eq]=2025-06-02T09:30:00.987Z")).containsExactly("MS-1");
    }

    private List<String> codes(String filter) {
        JsonNode doc = http.get(q("/skus?" + filter), token).json();
        List<String> codes = new ArrayList<>();
        doc.path("data").forEach(r -> codes.add(r.at("/attributes/code").asText()));
        return codes;
    }
}
