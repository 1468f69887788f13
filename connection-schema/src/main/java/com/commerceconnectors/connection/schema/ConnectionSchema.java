package com.commerceconnectors.connection.schema;

import com.commerceconnectors.connection.document.Pointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published JSON Schema (draft 2020-12) of the connection document, loaded once from the jar. Besides validating,
 * it answers questions the rest of the library asks of it, so that the schema stays the one place where they are
 * decided: which values are secrets ({@code writeOnly}), and how to follow a validator's evaluation path.
 */
public final class ConnectionSchema {

    /** The schema's {@code $id}; documents may name it in {@code $schema}. */
    public static final String ID = "https://commerceconnectors.com/schema/connection/v1/connection.schema.json";
    /** Where the schema is on the classpath. */
    public static final String RESOURCE = "com/commerceconnectors/connection/connection.schema.json";

    private static final int MAX_WALK_DEPTH = 32;

    private final JsonNode root;
    private final Schema validator;
    private final Set<String> secretPointers;

    private ConnectionSchema(JsonNode root) {
        this.root = root;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                // format is an annotation here: URIs are checked in code, with better messages
                .formatAssertionsEnabled(false)
                .build();
        // our vendor keywords are annotations: known to the dialect, so the validator neither warns nor asserts
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new AnnotationKeyword("x-messages"))
                .keyword(new AnnotationKeyword("x-descriptors"))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(dialect, builder -> builder.schemaRegistryConfig(config));
        this.validator = registry.getSchema(root);
        Set<String> secrets = new LinkedHashSet<>();
        collectSecrets(root, "", secrets, 0);
        this.secretPointers = Set.copyOf(secrets);
    }

    /** The schema, read from the classpath on first use. */
    public static ConnectionSchema get() {
        return Holder.INSTANCE;
    }

    /** A copy of the schema's tree. */
    public JsonNode tree() {
        return root.deepCopy();
    }

    /** Every error the validator finds in {@code document}; all of them, not the first. */
    public List<Error> validate(JsonNode document) {
        return validator.validate(document);
    }

    /** The JSON pointers of secret values ({@code writeOnly} in the schema), e.g. {@code /auth/token}. */
    public Set<String> secretPointers() {
        return secretPointers;
    }

    public boolean isSecret(String pointer) {
        return secretPointers.contains(pointer);
    }

    /** Whether the document value at {@code pointer} is an integer (the timeouts, ttlSeconds). */
    public boolean isInteger(String pointer) {
        return "integer".equals(deref(propertySchema(pointer)).path("type").asText());
    }

    /** The schema node a local {@code $ref} ({@code #/$defs/auth}) points to, or a missing node. */
    public JsonNode resolveRef(String ref) {
        if (ref == null || !ref.startsWith("#")) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return Pointers.at(root, ref.substring(1));
    }

    /** The node itself, or what its {@code $ref} points to. */
    public JsonNode deref(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.isTextual() ? resolveRef(ref.asText()) : node;
    }

    /** The root schema node, shared: read it, never change it (use {@link #tree()} for a copy to change). */
    public JsonNode root() {
        return root;
    }

    /**
     * The schema that describes the document value at {@code pointer}, following {@code properties} and {@code $ref}
     * from the root, and the branches of {@code allOf} where a type of auth defines its own properties; a missing
     * node when there is none (e.g. inside an unknown property).
     */
    public JsonNode propertySchema(String pointer) {
        JsonNode node = root;
        for (String segment : Pointers.segments(pointer)) {
            node = childSchema(deref(node), segment, 0);
            if (node.isMissingNode()) {
                return node;
            }
        }
        return node;
    }

    private JsonNode childSchema(JsonNode schema, String name, int depth) {
        JsonNode direct = schema.path("properties").path(name);
        if (!direct.isMissingNode() || depth > MAX_WALK_DEPTH) {
            return direct;
        }
        for (JsonNode branch : schema.path("allOf")) {
            for (String key : new String[] {"then", "else"}) {
                JsonNode candidate = branch.path(key);
                if (candidate.isObject()) {
                    JsonNode found = childSchema(deref(candidate), name, depth + 1);
                    if (!found.isMissingNode()) {
                        return found;
                    }
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void collectSecrets(JsonNode node, String pointer, Set<String> out, int depth) {
        if (depth > MAX_WALK_DEPTH || node == null || !node.isObject()) {
            return;
        }
        if (node.path("writeOnly").asBoolean(false)) {
            out.add(pointer);
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
            collectSecrets(resolveRef(ref.asText()), pointer, out, depth + 1);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            collectSecrets(property.getValue(), Pointers.child(pointer, property.getKey()), out, depth + 1);
        }
        for (JsonNode branch : node.path("allOf")) {
            collectSecrets(branch, pointer, out, depth + 1);
            collectSecrets(branch.get("then"), pointer, out, depth + 1);
            collectSecrets(branch.get("else"), pointer, out, depth + 1);
        }
    }

    private static final class Holder {
        static final ConnectionSchema INSTANCE = load();

        private static ConnectionSchema load() {
            ClassLoader loader = ConnectionSchema.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the connection schema " + RESOURCE + " is missing from the classpath");
                }
                return new ConnectionSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the connection schema " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
