package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link ConnectionDefinition} into a validated {@link Connection}: a resource through the connection
 * loader, inline fields as a JSON document through the same loader, so both are validated by the connection schema
 * and fail with a {@link ConnectionException} that lists every violation.
 */
final class ConnectionDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectionLoader loader;

    ConnectionDocuments(ClassLoader classLoader) {
        this.loader = new ConnectionLoader(LoaderSettings.defaults().withClassLoader(classLoader));
    }

    /** The connection defined under {@code commerce.connections.<beanName>}. */
    Connection load(String beanName, ConnectionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        String source = CommerceConnectorsProperties.PREFIX + ".connections." + beanName;
        if (definition.getResource() != null) {
            if (definition.hasInlineFields()) {
                throw new ConnectionException(source, new Violation("", "oneSource",
                        "give either resource or the document's fields, not both"));
            }
            return loader.load(definition.getResource());
        }
        if (!definition.hasInlineFields()) {
            throw new ConnectionException(source, new Violation("", "oneSource",
                    "give resource (a document's location) or the document's fields (connector, baseUri, auth …)"));
        }
        return loader.parse(toDocument(beanName, definition).toString(), source);
    }

    private static ObjectNode toDocument(String beanName, ConnectionDefinition d) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", d.getName() != null ? d.getName() : beanName);
        putIfSet(doc, "connector", d.getConnector());
        putIfSet(doc, "mode", d.getMode());
        putIfSet(doc, "baseUri", d.getBaseUri());
        putIfSet(doc, "apiPath", d.getApiPath());
        putIfSet(doc, "storeCode", d.getStoreCode());
        putObject(doc, "timeouts", d.getTimeouts());
        putObject(doc, "pool", d.getPool());
        putObject(doc, "agent", d.getAgent());
        putObject(doc, "auth", d.getAuth());
        return doc;
    }

    // blank means not set: ${CL_BASE_URI:} is how a Spring property file leaves an optional field out
    private static void putIfSet(ObjectNode doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    private static void putObject(ObjectNode doc, String field, Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        ObjectNode node = doc.putObject(field);
        String parent = "/" + field;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = camelCase(e.getKey());
            String pointer = parent + "/" + key;
            Object value = e.getValue();
            if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                node.set(key, JSON.valueToTree(value));
            } else if (value == null || value.toString().isBlank()) {
                continue;
            } else {
                String text = value.toString();
                // properties give every value as text; the schema wants numbers for the timeouts and TTLs
                if (ConnectionSchema.get().isInteger(pointer) && text.matches("-?\\d{1,18}")) {
                    node.put(key, Long.parseLong(text));
                } else {
                    node.put(key, text);
                }
            }
        }
    }

    /** {@code client-id} → {@code clientId}: properties files write keys in kebab case, documents in camel case. */
    static String camelCase(String key) {
        if (key.startsWith("x-") || key.indexOf('-') < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
