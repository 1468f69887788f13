package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static com.commerceconnectors.sandbox.commercelayer.ClHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

class PagingTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(53);
        token = http.integrationToken();
    }

    @Test
    void followingNextLinksReadsEverySkuExactlyOnceWithTheCountsInMeta() {
        Set<String> codes = new HashSet<>();
        String next = q("/skus?page[size]=25");
        int pages = 0;
        while (next != null) {
            Reply reply = http.get(next, token);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).isEqualTo(ClHttp.JSON_API);
            JsonNode body = reply.json();
            assertThat(body.path("meta").path("record_count").asInt()).isEqualTo(53);
            assertThat(body.path("meta").path("page_count").asInt()).isEqualTo(3);
            body.path("data").forEach(sku -> assertThat(codes.add(sku.path("attributes").path("code").asText()))
                    .isTrue());
            next = body.path("links").hasNonNull("next") ? body.path("links").path("next").asText() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(codes).hasSize(53);
    }

    @Test
    void linksNameFirstPrevNextAndLastWithEncodedBracketsAndKeepOtherParameters() {
        JsonNode links = http.get(q("/skus?sort=code&page[number]=2&page[size]=10"), token).json().path("links");
        String api = sandbox.commerceLayerBaseUri() + "/api/skus?sort=code&";

        assertThat(links.path("first").asText()).isEqualTo(api + "page%5Bnumber%5D=1&page%5Bsize%5D=10");
        assertThat(links.path("prev").asText()).isEqualTo(api + "page%5Bnumber%5D=1&page%5Bsize%5D=10");
        assertThat(links.path("next").asText()).isEqualTo(api + "page%5Bnumber%5D=3&page%5Bsize%5D=10");
        assertThat(links.path("last").asText()).isEqualTo(api + "page%5Bnumber%5D=6&page%5Bsize%5D=10");
    }

    @Test
    void theDefaultsArePageOneOfTenWithoutAPrevLink() {
        JsonNode body = http.get("/skus", token).json();

        assertThat(body.path("data")).hasSize(10);
        assertThat(body.path("meta").path("page_count").asInt()).isEqualTo(6);
        assertThat(body.path("links").has("prev")).isFalse();
        assertThat(body.path("links").has("next")).isTrue();
    }

    @Test
    void theLastPageIsShortAndHasNoNextLink() {
        JsonNode body = http.get(q("/skus?page[number]=3&page[size]=25"), token).json();

        assertThat(body.path("data")).hasSize(3);
        assertThat(body.path("links").has("next")).isFalse();
    }

    @Test
    void pastTheLastPageTheDataIsEmpty() {
        JsonNode body = http.get(q("/skus?page[number]=9&page[size]=25"), token).json();

        assertThat(body.path("data")).isEmpty();
        assertThat(body.path("meta").path("record_count").asInt()).isEqualTo(53);
        assertThat(body.path("links").has("next")).isFalse();
    }

    @Test
    void unencodedBracketsAreReadToo() {
        Reply reply = http.execute(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        sandbox.commerceLayerBaseUri() + "/api/skus?page%5Bsize%5D=3"))
                .header("Authorization", "Bearer " + token).header("Accept", ClHttp.JSON_API).build());

        assertThat(reply.json().path("data")).hasSize(3);
    }

    @Test
    void aPageSizeAboveTwentyFiveIsA400() {
        Reply reply = http.get(q("/skus?page[size]=26"), token);

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.firstError();
        assertThat(error.path("code").asText()).isEqualTo("INVALID_PAGE_VALUE");
        assertThat(error.path("detail").asText()).isEqualTo("size exceeds maximum page size of 25.");
        assertThat(error.path("status").asText()).isEqualTo("400");
    }

    @Test
    void nonPositiveOrNonNumericPageValuesAreA400() {
        for (String query : new String[] {"page[size]=0", "page[number]=0", "page[number]=x", "page[offset]=5",
            "page=2"}) {
            Reply reply = http.get(q("/skus?" + query), token);

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.firstError().path("code").asText()).as(query).isEqualTo("INVALID_PAGE_VALUE");
        }
    }

    @Test
    void anEmptyCollectionHasNoPagesButAFirstAndLastLink() {
        JsonNode body = http.get(q("/skus?filter[q][code_eq]=NOPE"), token).json();

        assertThat(body.path("data")).isEmpty();
        assertThat(body.path("meta").path("record_count").asInt()).isZero();
        assertThat(body.path("meta").path("page_count").asInt()).isZero();
        assertThat(body.path("links").path("first").asText()).contains("page%5Bnumber%5D=1");
        assertThat(body.path("links").path("last").asText()).contains("page%5Bnumber%5D=1");
    }
}
