package com.commerceconnectors.cli.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one input line as one record. Messages about a line never quote it: records may hold personal data or a
 * new customer's password. Decimals are kept exact ({@code 19.99} stays 19.99, not the nearest double).
 */
final class RecordParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final RecordShape shape;

    RecordParser(RecordShape shape) {
        this.shape = shape;
    }

    /** @param line a line that is not blank */
    ParsedLine parse(InputLine line) {
        if (line.tooLong()) {
            return new ParsedLine.Unreadable(line.number(), "the line is longer than "
                    + LineReader.DEFAULT_MAX_LINE_BYTES / (1024 * 1024) + " MiB, so it was not read as a record");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.bytes());
        } catch (JsonProcessingException e) {
            return new ParsedLine.Unreadable(line.number(), describe(e));
        } catch (IOException e) {
            return new ParsedLine.Unreadable(line.number(), "the line could not be read as JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            return new ParsedLine.Unreadable(line.number(), "the line is a JSON " + kind(node) + ", not a record: put one"
                    + " JSON object per line" + (node.isArray() ? " (a list must be split into one record per line)" : ""));
        }
        String key = shape.key(object);
        return new ParsedLine.Record(line.number(), shape.prepare(object), key);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the line is not valid JSON: it ends inside an object, array or string (cut short?)";
        }
        if (original.startsWith("Invalid UTF-8") || original.contains("Invalid UTF-8")) {
            return "the line is not UTF-8 text" + column;
        }
        if (original.startsWith("Trailing token")) {
            return "the line holds more than one JSON value" + column + ": put one record per line";
        }
        return "the line is not valid JSON" + column;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> "value";
        };
    }
}
