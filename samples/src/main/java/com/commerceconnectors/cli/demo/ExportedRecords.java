package com.commerceconnectors.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** An exported NDJSON file read back for checking: the records by SKU, and how many lines there were. */
record ExportedRecords(Map<String, JsonNode> bySku, long lines) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ExportedRecords read(Path file) throws IOException {
        Map<String, JsonNode> bySku = new LinkedHashMap<>();
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                JsonNode record = JSON.readTree(line);
                bySku.put(record.path("sku").asText(), record);
            }
        }
        return new ExportedRecords(bySku, lines);
    }

    /** Whether every line held a different SKU. */
    boolean distinct() {
        return bySku.size() == lines;
    }
}
