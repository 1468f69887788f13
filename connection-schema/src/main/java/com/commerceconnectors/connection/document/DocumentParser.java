package com.commerceconnectors.connection.document;

import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses a document as JSON (when it starts with {@code &#123;}) or YAML into a tree, with bounded nesting and string
 * sizes. Jackson's YAML support reads events only, so no tag can construct an object; aliases ({@code *name}) are
 * refused because Jackson would silently turn them into the anchor's name. Syntax errors carry line and column and a
 * description that never quotes the document's content.
 */
public final class DocumentParser {

    private final DocumentLimits limits;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    public DocumentParser(DocumentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                // one more than ours, so that our own check, with its clearer message, fires first
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxBytes())
                .maxNumberLength(64)
                .build();
        this.json = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit(limits.maxBytes() + 1);
        options.setMaxAliasesForCollections(0);
        this.yaml = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** The document's root object. */
    public ObjectNode parse(SourceText source) {
        String text = source.text();
        boolean isJson = text.stripLeading().startsWith("{");
        String format = isJson ? "JSON" : "YAML";
        if (text.isBlank()) {
            throw problem(source, "syntax", "the document is empty");
        }
        try (JsonParser parser = isJson ? json.createParser(text) : yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problem(source, "syntax", "the document is empty");
            }
            JsonNode root = readValue(parser, source, 0);
            if (parser.nextToken() != null) {
                throw atLocation(source, format, parser.currentTokenLocation(), isJson
                        ? "unexpected content after the end of the document"
                        : "more than one YAML document; a connection document holds exactly one");
            }
            if (!root.isObject()) {
                throw problem(source, "type", "the document must be an object of keys and values (name, connector, auth, …)");
            }
            return (ObjectNode) root;
        } catch (StreamConstraintsException e) {
            throw atLocation(source, format, e.getLocation(), constraintDescription(e));
        } catch (JsonProcessingException e) {
            throw atLocation(source, format, e.getLocation(), SyntaxMessages.describe(e));
        } catch (IOException e) {
            throw problem(source, "syntax", "cannot be parsed as " + format + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonNode readValue(JsonParser parser, SourceText source, int depth) throws IOException {
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            throw atLocation(source, "YAML", parser.currentTokenLocation(),
                    "YAML aliases (*name) are not supported in connection documents; repeat the value or use a placeholder");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                checkDepth(parser, source, depth);
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readValue(parser, source, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                checkDepth(parser, source, depth);
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, source, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return JsonNodeFactory.instance.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
                } catch (NumberFormatException notFinite) {
                    // YAML's .inf and .nan have no decimal form
                    return JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return JsonNodeFactory.instance.nullNode();
            }
            default -> throw atLocation(source, parser instanceof YAMLParser ? "YAML" : "JSON",
                    parser.currentTokenLocation(), "unexpected content");
        }
    }

    private void checkDepth(JsonParser parser, SourceText source, int depth) {
        if (depth >= limits.maxDepth()) {
            throw atLocation(source, parser instanceof YAMLParser ? "YAML" : "JSON", parser.currentTokenLocation(),
                    "nested deeper than " + limits.maxDepth() + " levels");
        }
    }

    private String constraintDescription(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested deeper than " + limits.maxDepth() + " levels";
        }
        if (message.contains("String value length")) {
            return "a value is longer than " + limits.describeMaxBytes();
        }
        if (message.contains("Number value length")) {
            return "a number has too many digits";
        }
        return "the document exceeds a size limit";
    }

    private static ConnectionException atLocation(SourceText source, String format, JsonLocation location, String description) {
        String where = location == null || location.getLineNr() < 1
                ? ""
                : " at line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr());
        return problem(source, "syntax", "invalid " + format + where + ": " + description);
    }

    private static ConnectionException problem(SourceText source, String rule, String message) {
        return new ConnectionException(source.sourceName(), new Violation("", rule, message));
    }
}
