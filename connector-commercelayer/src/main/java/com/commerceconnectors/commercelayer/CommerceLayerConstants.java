package com.commerceconnectors.commercelayer;

import org.apache.camel.spi.Metadata;

/** Every exchange header the commercelayer component reads or sets. Credentials never travel in headers. */
public final class CommerceLayerConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.", javaType = "String")
    public static final String OPERATION = "CamelCommerceLayerOperation";

    @Metadata(label = "producer", description = "The record id for get, update, delete and upsert (e.g. WLgbSXqyoZ);"
            + " when absent, the id of the record in the body. When both are given they must agree.", javaType = "String")
    public static final String RESOURCE_ID = "CamelCommerceLayerResourceId";

    @Metadata(label = "producer", description = "A filter that replaces the endpoint's filter option for this exchange"
            + " (predicate=value pairs separated by ;).", javaType = "String")
    public static final String FILTER = "CamelCommerceLayerFilter";

    @Metadata(description = "The page number the records came from (1-based): for list the page read, for the"
            + " consumer the page of the run.", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelCommerceLayerPageNumber";

    @Metadata(description = "meta.record_count: every record matching the list's query, not only this page's.",
              javaType = "Long")
    public static final String TOTAL_COUNT = "CamelCommerceLayerTotalCount";

    @Metadata(label = "producer", description = "meta.page_count of a list answer.", javaType = "Integer")
    public static final String PAGE_COUNT = "CamelCommerceLayerPageCount";

    @Metadata(label = "consumer", description = "The watermark (updated_at|id) stored once this exchange succeeds.",
              javaType = "String")
    public static final String WATERMARK = "CamelCommerceLayerWatermark";

    @Metadata(label = "consumer", description = "The upper bound (updated_at, exclusive) of the poll that produced this"
            + " exchange; changes at or after it come with the next poll.", javaType = "String")
    public static final String UPPER_BOUND = "CamelCommerceLayerUpperBound";

    @Metadata(label = "producer", description = "The HTTP method of a raw call.", javaType = "String")
    public static final String HTTP_METHOD = "CamelCommerceLayerHttpMethod";

    @Metadata(label = "producer", description = "The path of a raw call below /api/, e.g. skus/WLgbSXqyoZ/prices; a query"
            + " string may follow (percent-encode [ and ]).", javaType = "String")
    public static final String HTTP_PATH = "CamelCommerceLayerHttpPath";

    @Metadata(description = "The HTTP status of the last response.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelCommerceLayerHttpStatus";

    @Metadata(label = "producer", description = "For testConnection: whether the connection works.", javaType = "Boolean")
    public static final String CONNECTION_OK = "CamelCommerceLayerConnectionOk";

    @Metadata(label = "producer", description = "What a write did: created, updated or deleted (for upsert, which one"
            + " it was).", javaType = "String", enums = "created,updated,deleted")
    public static final String WRITE_OUTCOME = "CamelCommerceLayerWriteOutcome";

    private CommerceLayerConstants() {
    }
}
