package com.commerceconnectors.oro.write;

import com.commerceconnectors.oro.api.OroResource;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceObjectReaderTest {

    private static final OroResource PRODUCTS = OroResource.of("products");

    @Test
    void anExportedRecordWithResolvedRelationshipsGoesBackAsIdentifiers() {
        Map<String, Object> exported = Map.of(
                "type", "products", "id", "7",
                "attributes", Map.of("sku", "A-1"),
                "relationships", Map.of(
                        "owner", Map.of("data", Map.of("type", "users", "id", "1",
                                "attributes", Map.of("username", "admin"))),
                        "unitPrecisions", Map.of("data", List.of(Map.of("type", "productunitprecisions", "id", 3))),
                        "organization", Map.of("data", (Object) List.of())),
                "links", Map.of("self", "http://x/admin/api/products/7"));
        ObjectNode read = ResourceObjectReader.read(exported, PRODUCTS, "update");
        assertThat(read.get("type").asText()).isEqualTo("products");
        assertThat(read.get("id").asText()).isEqualTo("7");
        assertThat(read.at("/attributes/sku").asText()).isEqualTo("A-1");
        assertThat(read.at("/relationships/organization/data").isArray()).isTrue();
        assertThat(read.at("/relationships/owner/data").toString()).isEqualTo("{\"type\":\"users\",\"id\":\"1\"}");
        assertThat(read.at("/relationships/unitPrecisions/data/0").toString())
                .isEqualTo("{\"type\":\"productunitprecisions\",\"id\":\"3\"}");
        assertThat(read.has("links")).isFalse();
    }

    @Test
    void aDataDocumentAsTextOrBytesIsUnwrappedAndTheTypeDefaultsToTheResource() {
        String doc = "{\"data\":{\"attributes\":{\"sku\":\"B-2\"}}}";
        assertThat(ResourceObjectReader.read(doc, PRODUCTS, "create").toString())
                .isEqualTo("{\"type\":\"products\",\"attributes\":{\"sku\":\"B-2\"}}");
        assertThat(ResourceObjectReader.read(doc.getBytes(StandardCharsets.UTF_8), PRODUCTS, "create").get("type").asText())
                .isEqualTo("products");
    }

    @Test
    void aRecordOfAnotherTypeOrWithoutResourceMembersIsRefusedWithWhatToSend() {
        assertThatThrownBy(() -> ResourceObjectReader.read(Map.of("type", "users", "attributes", Map.of()), PRODUCTS, "create"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("send it to oro:users");
        assertThatThrownBy(() -> ResourceObjectReader.read(Map.of("sku", "A"), PRODUCTS, "create"))
                .hasMessageContaining("\"attributes\": {\"sku\": \"A-1\"}");
        assertThatThrownBy(() -> ResourceObjectReader.read("{not json", PRODUCTS, "create"))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ResourceObjectReader.read(List.of(), PRODUCTS, "create")).hasMessageContaining("got a list");
    }

    @Test
    void anIdBodyNamesTheRecordForGetAndDelete() {
        assertThat(ResourceObjectReader.readId(" 12 ", PRODUCTS, "delete")).isEqualTo("12");
        assertThat(ResourceObjectReader.readId(12, PRODUCTS, "delete")).isEqualTo("12");
        assertThat(ResourceObjectReader.readId("{\"type\":\"products\",\"id\":\"9\"}", PRODUCTS, "delete")).isEqualTo("9");
    }
}
