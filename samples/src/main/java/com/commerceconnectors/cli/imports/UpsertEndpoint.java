package com.commerceconnectors.cli.imports;

import com.commerceconnectors.cli.camel.CamelRuntime;

/**
 * The endpoint each record is sent to: the connector's upsert, with the run's connection from the registry.
 * <pre>
 * magento2:products?operation=upsert&amp;connection=#conn
 * </pre>
 * Records go to it straight from a producer template, with no route and so no error handler in between: Camel's
 * redelivery never applies, and only the connector decides what may be sent twice.
 */
final class UpsertEndpoint {

    private UpsertEndpoint() {
    }

    static String uri(String scheme, String resource) {
        return scheme + ":" + resource + "?operation=upsert&connection=#" + CamelRuntime.CONNECTION_BEAN;
    }

    /** A magento2 upsert whose new products get their URL keys from their SKUs. */
    static String withUrlKeysFromSku(String uri) {
        return uri + "&urlKeyFrom=sku";
    }

    /** A JSON:API connector's upsert, finding records by {@code keyAttribute}. */
    static String uri(String scheme, String resource, String keyAttribute) {
        return uri(scheme, resource) + "&keyAttribute=" + keyAttribute;
    }
}
