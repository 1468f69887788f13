package com.commerceconnectors.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading one line as one record: keys, wrappers, shop-assigned fields, and lines that are no record. */
class RecordParserTest {

    private final RecordParser products = new RecordParser(RecordShape.magento2("products"));
    private final RecordParser customers = new RecordParser(RecordShape.magento2("customers"));

    @Test
    void aProductLosesWhatTheSourceShopAssignedAndKeepsEverythingElseExactly() {
        ParsedLine.Record record = (ParsedLine.Record) products.parse(line(7, "{\"id\": 42, \"sku\": \"A-1\","
                + " \"price\": 19.90, \"created_at\": \"2024-01-01 00:00:00\", \"updated_at\": \"2024-01-02 00:00:00\","
                + " \"extension_attributes\": {\"stock_item\": {\"item_id\": 9, \"product_id\": 42, \"qty\": 5}}}"));

        assertThat(record.line()).isEqualTo(7);
        assertThat(record.key()).isEqualTo("A-1");
        assertThat(record.body().toString()).isEqualTo("{\"sku\":\"A-1\",\"price\":19.90,"
                + "\"extension_attributes\":{\"stock_item\":{\"qty\":5}}}");
    }

    @Test
    void aWrappedRecordIsReadInsideItsWrapperAndSentWrapped() {
        ParsedLine.Record product = (ParsedLine.Record) products.parse(line(1, "{\"product\": {\"id\": 1, \"sku\": \"W\"}}"));
        ParsedLine.Record customer = (ParsedLine.Record) customers.parse(line(2,
                "{\"customer\": {\"id\": 15, \"email\": \"a@example.com\", \"updated_at\": \"x\"}, \"password\": \"Secret-123\"}"));

        assertThat(product.key()).isEqualTo("W");
        assertThat(product.body().toString()).isEqualTo("{\"product\":{\"sku\":\"W\"}}");
        // a customer is named by its id; nothing is dropped from it
        assertThat(customer.key()).isEqualTo("15");
        assertThat(customer.body().path("customer").has("updated_at")).isTrue();
        assertThat(customer.body().path("password").asText()).isEqualTo("Secret-123");
    }

    @Test
    void aRecordWithoutAReadableKeyHasNone() {
        assertThat(((ParsedLine.Record) products.parse(line(1, "{\"name\": \"no sku\"}"))).key()).isNull();
        assertThat(((ParsedLine.Record) products.parse(line(1, "{\"sku\": {\"nested\": 1}}"))).key()).isNull();
        assertThat(((ParsedLine.Record) products.parse(line(1, "{\"sku\": \"  \"}"))).key()).isNull();
        assertThat(((ParsedLine.Record) customers.parse(line(1, "{\"id\": 12}"))).key()).isEqualTo("12");
    }

    @Test
    void linesThatAreNoRecordSayWhyWithoutQuotingThemselves() {
        assertThat(unreadable("{\"sku\": \"SECRET-VALUE\", ")).contains("ends inside").doesNotContain("SECRET-VALUE");
        assertThat(unreadable("{\"sku\": SECRET-VALUE}")).contains("not valid JSON at column").doesNotContain("SECRET");
        assertThat(unreadable("[{\"sku\": \"A\"}]")).contains("JSON array, not a record");
        assertThat(unreadable("\"just a string\"")).contains("JSON string, not a record");
        assertThat(unreadable("{\"sku\": \"A\"} {\"sku\": \"B\"}")).contains("more than one JSON value at column 14");
        assertThat(unreadable("{\"sku\": \"A\"} trailing")).contains("not valid JSON at column").doesNotContain("trailing");
        byte[] latin1 = "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(((ParsedLine.Unreadable) products.parse(new InputLine(3, latin1, false))).message())
                .contains("not UTF-8");
        assertThat(((ParsedLine.Unreadable) products.parse(new InputLine(4, new byte[0], true))).message())
                .contains("longer than 32 MiB");
    }

    private String unreadable(String text) {
        return ((ParsedLine.Unreadable) products.parse(line(1, text))).message();
    }

    private static InputLine line(long number, String text) {
        return new InputLine(number, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
