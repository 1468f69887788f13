package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.sandbox.oro.OroHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oro stamps writes to the whole second (its datetime columns keep no fraction); a switch keeps finer digits, so that
 * a client can be shown records whose times 6.1's two-digit filters cannot write: they must be found with the
 * hundredths around them, as a range or from the hundredth below.
 */
class TimestampPrecisionTest extends OroFixture {

    @BeforeEach
    void seed() {
        oro.seedProducts(3);
        clock.advance(Duration.ofMillis(123));
    }

    @Test
    void writesKeepWholeSecondsByDefault() {
        assertThat(oro.touchProduct(1).attribute("updatedAt").asText()).isEqualTo("2025-06-02T08:00:00Z");
    }

    @Test
    void theSwitchKeepsMillisecondsWhichTwoDigitFiltersFindOnlyAroundThem() {
        oro.settings().timestampPrecision(ChronoUnit.MILLIS);
        oro.touchProduct(2);

        JsonNode record = list("filter[id]=2").path("data").get(0);
        assertThat(record.at("/attributes/updatedAt").asText()).isEqualTo("2025-06-02T08:00:00.123Z");
        assertThat(get("filter[updatedAt]=2025-06-02T08:00:00.123Z").status()).as("three digits, 6.1")
                .isEqualTo(400);
        assertThat(ids(list("filter[updatedAt]=2025-06-02T08:00:00.12Z"))).as("the truncated time matches nothing")
                .isEmpty();
        assertThat(ids(list("filter[updatedAt]=2025-06-02T08:00:00.12Z..2025-06-02T08:00:00.13Z"))).containsExactly("2");
        assertThat(ids(list("filter[updatedAt][gt]=2025-06-02T08:00:00.12Z"))).containsExactly("2");
        assertThat(ids(list("filter[updatedAt][gte]=2025-06-02T08:00:00.13Z"))).as("the time above skips it")
                .isEmpty();
    }

    private OroHttp.Reply get(String readableQuery) {
        return http.get("/admin/api/products?" + q("page[size]=100&" + readableQuery), http.admin());
    }

    private JsonNode list(String readableQuery) {
        OroHttp.Reply reply = get(readableQuery);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.path("data").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
