package com.commerceconnectors.cli.docs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a component's generated catalog JSON (the {@code <scheme>.json} camel-component-maven-plugin writes) as the
 * Markdown reference in {@code docs/components/}: the same source a catalog reads, so the docs cannot drift from the
 * options and headers the component really has.
 */
final class ComponentReference {

    private ComponentReference() {
    }

    static String render(JsonNode json) {
        JsonNode component = json.path("component");
        String scheme = component.path("scheme").asText();
        StringBuilder md = new StringBuilder();
        md.append("# `").append(scheme).append(":` — ").append(component.path("title").asText()).append("\n\n");
        md.append("<!-- Generated from the component's catalog metadata (").append(scheme).append(".json) by ")
                .append("ComponentReferenceTest; do not edit by hand. -->\n\n");
        md.append(oneLine(component.path("description").asText())).append("\n\n");
        md.append("```\n").append(component.path("syntax").asText()).append("?options\n```\n\n");
        md.append("Maven: `").append(component.path("groupId").asText()).append(':')
                .append(component.path("artifactId").asText()).append("`, component class `")
                .append(component.path("javaType").asText()).append("`.\n\n");

        md.append("## Component options\n\n");
        table(md, json.path("componentProperties"), false);

        md.append("\n## Endpoint options\n\n");
        Map<String, List<Map.Entry<String, JsonNode>>> byGroup = new LinkedHashMap<>();
        for (String group : List.of("common", "consumer", "producer", "security", "scheduler", "advanced")) {
            byGroup.put(group, new ArrayList<>());
        }
        Iterator<Map.Entry<String, JsonNode>> each = json.path("properties").fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> option = each.next();
            String group = option.getValue().path("group").asText("common");
            String key = group.startsWith("consumer") ? "consumer" : group.startsWith("producer") ? "producer"
                    : group.startsWith("security") ? "security" : group.startsWith("scheduler") ? "scheduler"
                    : group.contains("advanced") ? "advanced" : "common";
            byGroup.get(key).add(option);
        }
        for (Map.Entry<String, List<Map.Entry<String, JsonNode>>> group : byGroup.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            md.append("### ").append(capitalize(group.getKey())).append("\n\n");
            rows(md, group.getValue(), true);
            md.append('\n');
        }

        md.append("## Message headers\n\n");
        md.append("| Header | Direction | Type | Description |\n|---|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> headers = json.path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> header = headers.next();
            JsonNode h = header.getValue();
            md.append("| `").append(header.getKey()).append("` | ").append(h.path("group").asText("common"))
                    .append(" | `").append(shortType(h.path("javaType").asText())).append("` | ")
                    .append(cell(h.path("description").asText())).append(" |\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, JsonNode properties, boolean withKind) {
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        properties.fields().forEachRemaining(rows::add);
        rows(md, rows, withKind);
    }

    private static void rows(StringBuilder md, List<Map.Entry<String, JsonNode>> rows, boolean withKind) {
        md.append("| Option | Type | Default | Secret | Description |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode p = row.getValue();
            String name = "path".equals(p.path("kind").asText()) && withKind ? row.getKey() + " (path)" : row.getKey();
            md.append("| `").append(name).append('`').append(p.path("required").asBoolean() ? " *required*" : "")
                    .append(" | `").append(shortType(p.path("javaType").asText())).append("` | ")
                    .append(p.has("defaultValue") ? "`" + p.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(p.path("secret").asBoolean() ? "yes" : "")
                    .append(" | ").append(cell(p.path("description").asText()))
                    .append(p.has("enum") ? " One of: " + enumList(p.get("enum")) + "." : "")
                    .append(" |\n");
        }
    }

    private static String enumList(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add("`" + v.asText() + "`"));
        return String.join(", ", out);
    }

    private static String shortType(String javaType) {
        String generic = javaType.replaceAll("[a-z][a-z0-9_]*\\.", "");
        return generic.isEmpty() ? javaType : generic;
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
