package com.commerceconnectors.core.jsonapi;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void includedResourcesReplaceTheirIdentifiersOneLevelDeep() throws Exception {
        JsonApiDocument doc = JsonApiDocument.of(json("""
                {'data':[
                   {'type':'orders','id':'1','attributes':{'number':'A1'},
                    'relationships':{'customer':{'data':{'type':'customers','id':'7'}},
                                     'line_items':{'data':[{'type':'line_items','id':'10'},{'type':'line_items','id':'11'}]},
                                     'market':{'data':null}}},
                   {'type':'orders','id':'2','relationships':{'customer':{'data':{'type':'customers','id':'8'}}}}],
                 'included':[
                   {'type':'customers','id':'7','attributes':{'email':'a@x'},
                    'relationships':{'orders':{'data':[{'type':'orders','id':'1'}]}}},
                   {'type':'line_items','id':'10','attributes':{'quantity':2}}],
                 'meta':{'record_count':2,'page_count':1},
                 'links':{'next':'https://x/api/orders?page=2','last':{'href':'https://x/api/orders?page=9'}}}
                """), "Test");
        List<ObjectNode> records = doc.records();
        assertThat(records).hasSize(2);
        JsonNode first = records.get(0).path("relationships");
        assertThat(first.at("/customer/data/attributes/email").asText()).isEqualTo("a@x");
        // the included customer keeps its own relationships as identifiers: no cycle back into the order
        assertThat(first.at("/customer/data/relationships/orders/data/0").toString()).isEqualTo("{\"type\":\"orders\",\"id\":\"1\"}");
        assertThat(first.at("/line_items/data/0/attributes/quantity").asInt()).isEqualTo(2);
        assertThat(first.at("/line_items/data/1").toString()).as("not included: stays an identifier")
                .isEqualTo("{\"type\":\"line_items\",\"id\":\"11\"}");
        assertThat(first.at("/market/data").isNull()).isTrue();
        assertThat(records.get(1).at("/relationships/customer/data/attributes").isMissingNode()).isTrue();
        assertThat(doc.isCollection()).isTrue();
        assertThat(doc.meta().orElseThrow().path("page_count").asInt()).isEqualTo(1);
        assertThat(doc.link("next")).hasValue("https://x/api/orders?page=2");
        assertThat(doc.link("last")).hasValue("https://x/api/orders?page=9");
        assertThat(doc.link("prev")).isEmpty();
    }

    @Test
    void recordsAreCopiesSoResolvingNeverChangesTheSourceDocument() throws Exception {
        JsonNode root = json("{'data':{'type':'a','id':'1','relationships':{'b':{'data':{'type':'b','id':'2'}}}},"
                + "'included':[{'type':'b','id':'2','attributes':{'n':1}}]}");
        JsonApiDocument doc = JsonApiDocument.of(root, "Test");
        ObjectNode record = doc.record().orElseThrow();
        record.put("changed", true);
        assertThat(root.at("/data/relationships/b/data/attributes").isMissingNode()).isTrue();
        assertThat(doc.records().get(0).has("changed")).isFalse();
        assertThat(doc.size()).isEqualTo(1);
        assertThat(doc.isCollection()).isFalse();
    }

    @Test
    void anEmptyOrNullDataIsNoRecords() throws Exception {
        assertThat(JsonApiDocument.of(json("{'data':[]}"), "T").records()).isEmpty();
        assertThat(JsonApiDocument.of(json("{'data':null}"), "T").record()).isEmpty();
    }

    @Test
    void somethingElseIsAProtocolErrorThatSaysWhat() throws Exception {
        assertThatThrownBy(() -> JsonApiDocument.of(json("{'items':[]}"), "Oro"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                    assertThat(e.getMessage()).contains("Oro").contains("no \"data\" member");
                });
        assertThatThrownBy(() -> JsonApiDocument.of(json("[1,2]"), "Oro")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> JsonApiDocument.of(json("{'errors':[{'title':'x'}]}"), "Oro"))
                .hasMessageContaining("errors but a success status");
    }
}
