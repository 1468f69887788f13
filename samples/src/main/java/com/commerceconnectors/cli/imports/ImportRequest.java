package com.commerceconnectors.cli.imports;

import com.commerceconnectors.cli.camel.Descriptors;
import com.commerceconnectors.cli.export.ExportRequest;
import com.commerceconnectors.connection.Connection;
import java.util.Objects;

/**
 * What to import, and where to.
 *
 * @param connection the platform and its credentials
 * @param resource   the resource written, e.g. {@code products}
 * @param source     where the records come from, for messages: the file name, or "standard input"
 * @param parallel   how many records may be in flight at once
 * @param keyAttribute oro and commercelayer: the attribute a record is found by; {@code null} for the resource's own
 * @param urlKeyFrom magento2 products: where a new product without a url_key gets one ({@code name} or {@code sku});
 *                   {@code null} for Magento's own rule, the name
 */
public record ImportRequest(Connection connection, String resource, String source, int parallel, String keyAttribute,
                            String urlKeyFrom) {

    public static final int DEFAULT_PARALLEL = 4;
    /** Far beyond what one shop's PHP workers serve well, and within the connection pool (20 per host). */
    public static final int MAX_PARALLEL = 16;

    /** A magento2 import, or a JSON:API one with its resource's default key attribute. */
    public ImportRequest(Connection connection, String resource, String source, int parallel) {
        this(connection, resource, source, parallel, null, null);
    }

    /** An import finding JSON:API records by {@code keyAttribute}. */
    public ImportRequest(Connection connection, String resource, String source, int parallel, String keyAttribute) {
        this(connection, resource, source, parallel, keyAttribute, null);
    }

    public ImportRequest {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(source, "source");
        if (!ExportRequest.isResourceName(resource)) {
            throw new IllegalArgumentException("'" + resource + "' is not a resource name: use products, customers,"
                    + " categories, or another resource path");
        }
        if (keyAttribute != null && !keyAttribute.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + keyAttribute + "' is not an attribute name");
        }
        if (urlKeyFrom != null && !urlKeyFrom.equals("name") && !urlKeyFrom.equals("sku")) {
            throw new IllegalArgumentException("--url-key-from takes name or sku, not '" + urlKeyFrom + "'");
        }
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new IllegalArgumentException("--parallel must be between 1 and " + MAX_PARALLEL + ", not " + parallel);
        }
    }

    /** Whether new products' URL keys are made from their SKUs. */
    public boolean urlKeysFromSku() {
        return "sku".equals(urlKeyFrom);
    }

    /**
     * The attribute a JSON:API record is found by: the given one, else the resource's natural key.
     *
     * @throws IllegalArgumentException when the resource has none and none was given
     */
    public String jsonApiKey() {
        if (keyAttribute != null) {
            return keyAttribute;
        }
        return Descriptors.of(connection.connector()).importKey(resource).orElseThrow(() -> new IllegalArgumentException(
                connection.connector().id() + " " + resource + " have no natural key: name the attribute that identifies"
                        + " a record with --key"));
    }
}
