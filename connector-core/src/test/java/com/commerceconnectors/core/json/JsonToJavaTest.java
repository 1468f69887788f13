package com.commerceconnectors.core.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonToJavaTest {

    private static final String PRODUCT = """
            {"id":17,"sku":"SBX-17","price":106.85,"weight":4.50,"status":1,"big":12345678901234567890,
             "visible":true,"gone":null,"custom_attributes":[{"attribute_code":"color","value":"49"},{"n":[1,2.5,"x"]}],
             "extension_attributes":{"website_ids":[1],"stock_item":{"qty":0,"is_in_stock":false}}}""";

    @Test
    void givesWhatConvertValueGivesForTreesParsedWithOrWithoutBigDecimals() throws Exception {
        TypeReference<Object> any = new TypeReference<>() {
        };
        for (ObjectMapper parser : List.of(new ObjectMapper(),
                new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS))) {
            JsonNode tree = parser.readTree(PRODUCT);
            Object expected = new ObjectMapper().convertValue(tree, any);
            assertThat(JsonToJava.convert(tree)).isEqualTo(expected);
        }
    }

    @Test
    void decimalsStayExactAndFieldsKeepTheirOrder() throws Exception {
        JsonNode tree = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(PRODUCT);
        @SuppressWarnings("unchecked")
        Map<String, Object> product = (Map<String, Object>) JsonToJava.convert(tree);
        assertThat(product.get("price")).isInstanceOfSatisfying(BigDecimal.class,
                price -> assertThat(price).isEqualByComparingTo("106.85"));
        assertThat(product.keySet()).startsWith("id", "sku", "price", "weight");
        assertThat(product).containsEntry("gone", null);
        assertThat(JsonToJava.convert(null)).isNull();
    }
}
