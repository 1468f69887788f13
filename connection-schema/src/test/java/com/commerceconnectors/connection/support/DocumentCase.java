package com.commerceconnectors.connection.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of {@code documents-cases.yaml}: a document and every error and warning it must produce, in order.
 *
 * @param file     the document, relative to {@code documents/}
 * @param without  environment variables to remove for this document
 * @param errors   expected errors as {@code pointer | rule | message}
 * @param warnings expected warnings in the same form
 */
public record DocumentCase(String file, Set<String> without, List<String> errors, List<String> warnings) {

    public static List<DocumentCase> all() {
        try (InputStream in = DocumentCase.class.getClassLoader().getResourceAsStream("documents-cases.yaml")) {
            JsonNode table = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<DocumentCase> cases = new ArrayList<>();
            String root = Documents.root().toString();
            for (JsonNode row : table) {
                Set<String> without = new TreeSet<>();
                row.path("without").forEach(v -> without.add(v.asText()));
                cases.add(new DocumentCase(row.path("file").asText(), without, lines(row.path("errors"), root),
                        lines(row.path("warnings"), root)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(JsonNode list, String documentsRoot) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText().replace("{documents}", documentsRoot)));
        return out;
    }

    @Override
    public String toString() {
        return file;
    }
}
