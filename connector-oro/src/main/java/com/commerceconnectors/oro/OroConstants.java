package com.commerceconnectors.oro;

import org.apache.camel.spi.Metadata;

/** Every exchange header the oro component reads or sets. Credentials never travel in headers. */
public final class OroConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.", javaType = "String")
    public static final String OPERATION = "CamelOroOperation";

    @Metadata(label = "producer", description = "The record id for get, update and delete (Oro's ids are integers sent"
            + " as strings); when absent, the body's id (or, for get and delete, a body that is the id). For update it"
            + " must agree with the body's id when both are given.", javaType = "String")
    public static final String RESOURCE_ID = "CamelOroResourceId";

    @Metadata(label = "producer", description = "A filter expression that replaces the endpoint's filter option for this"
            + " exchange (field:value or field:operator:value, joined with ;).", javaType = "String")
    public static final String FILTER = "CamelOroFilter";

    @Metadata(label = "producer", description = "The page to read for list (1-based); overrides pageNumber.", javaType = "Integer")
    public static final String CURRENT_PAGE = "CamelOroCurrentPage";

    @Metadata(label = "producer", description = "The HTTP method of a raw call.", javaType = "String")
    public static final String HTTP_METHOD = "CamelOroHttpMethod";

    @Metadata(label = "producer", description = "The path of a raw call below the API path, e.g."
            + " products/12/relationships/owner; a query string may follow.", javaType = "String")
    public static final String HTTP_PATH = "CamelOroHttpPath";

    @Metadata(description = "The HTTP status of the last response.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelOroHttpStatus";

    @Metadata(description = "The number of records the request matched (Oro's X-Include-Total-Count), not only this"
            + " page's; for the consumer, what the run's first request matched.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelOroTotalCount";

    @Metadata(description = "The page this exchange's records came from (1-based; for the consumer, the count of"
            + " requests in the run, since keyset paging always reads page 1).", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelOroPageNumber";

    @Metadata(label = "consumer", description = "The watermark (updatedAt|id; |id in a full export) that will be stored"
            + " once this exchange succeeds. Absent for records a since between two hundredths of a second starts with:"
            + " a run stopped among them starts again from the since.", javaType = "String")
    public static final String WATERMARK = "CamelOroWatermark";

    @Metadata(label = "consumer", description = "The upper bound (ISO-8601, exclusive) of the poll that produced this"
            + " exchange; changes at or after it come with the next poll.", javaType = "String")
    public static final String UPPER_BOUND = "CamelOroUpperBound";

    @Metadata(label = "producer", description = "For testConnection: whether the connection works.", javaType = "Boolean")
    public static final String CONNECTION_OK = "CamelOroConnectionOk";

    @Metadata(label = "producer", description = "What a write did: created, updated or deleted (for upsert, which one"
            + " it was).", javaType = "String", enums = "created,updated,deleted")
    public static final String WRITE_OUTCOME = "CamelOroWriteOutcome";

    private OroConstants() {
    }
}
