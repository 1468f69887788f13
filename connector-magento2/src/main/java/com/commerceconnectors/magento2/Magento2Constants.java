package com.commerceconnectors.magento2;

import org.apache.camel.spi.Metadata;

/** Every exchange header the magento2 component reads or sets. Credentials never travel in headers. */
public final class Magento2Constants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.", javaType = "String")
    public static final String OPERATION = "CamelMagento2Operation";

    @Metadata(label = "producer", description = "The record key for get, update, delete and upsert (a product's SKU, a"
            + " customer's, category's or order's id); when absent, the key field of the record in the body. For create"
            + " of a product, the SKU when the record has none. When both are given they must agree.",
              javaType = "String")
    public static final String RESOURCE_KEY = "CamelMagento2ResourceKey";

    @Metadata(description = "The store view code of the request; overrides the endpoint's and the connection's storeCode."
            + " Writes without any store code go to 'all' (admin scope); a store view code writes store-view values.",
              javaType = "String")
    public static final String STORE_CODE = "CamelMagento2StoreCode";

    @Metadata(label = "producer", description = "A filter expression that replaces the endpoint's filter option for this exchange"
            + " (field:condition:value, | for OR, ; for AND).", javaType = "String")
    public static final String FILTER = "CamelMagento2Filter";

    @Metadata(label = "producer", description = "The page to read for search (1-based); overrides currentPage.", javaType = "Integer")
    public static final String CURRENT_PAGE = "CamelMagento2CurrentPage";

    @Metadata(label = "producer", description = "The HTTP method of a raw call.", javaType = "String")
    public static final String HTTP_METHOD = "CamelMagento2HttpMethod";

    @Metadata(label = "producer", description = "The path of a raw call below the store prefix, e.g. V1/store/storeViews;"
            + " a query string may follow.", javaType = "String")
    public static final String HTTP_PATH = "CamelMagento2HttpPath";

    @Metadata(description = "The HTTP status of the last response.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelMagento2HttpStatus";

    @Metadata(description = "total_count of the search: all matching records, not only this page's. On a consumer's"
            + " exchanges, the total_count of the run's first request: the records changed since the watermark (or"
            + " since) when the run began, those at or after the run's upper bound included, which come with the next"
            + " poll.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelMagento2TotalCount";

    @Metadata(description = "The page number this exchange's records came from (1-based).", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelMagento2PageNumber";

    @Metadata(label = "consumer", description = "The watermark (updated_at|id) of this exchange's last record: stored"
            + " once the exchange succeeded, after its page or when the next exchange fails.", javaType = "String")
    public static final String WATERMARK = "CamelMagento2Watermark";

    @Metadata(label = "consumer", description = "The upper bound (updated_at) of the poll that produced this exchange; "
            + "changes at or after it come with the next poll.", javaType = "String")
    public static final String UPPER_BOUND = "CamelMagento2UpperBound";

    @Metadata(label = "producer", description = "For testConnection: whether the connection works.", javaType = "Boolean")
    public static final String CONNECTION_OK = "CamelMagento2ConnectionOk";

    @Metadata(label = "producer", description = "What a write did: created, updated or deleted (for upsert, which one"
            + " it was). A create of a product whose SKU exists overwrites that product, as Magento's save does, and"
            + " still says created: use upsert to know.", javaType = "String", enums = "created,updated,deleted")
    public static final String WRITE_OUTCOME = "CamelMagento2WriteOutcome";

    @Metadata(label = "producer", description = "Set when Magento refused a write's record: the record fields its"
            + " validation messages name (e.g. [name, url_key]), for an error handler to report.",
              javaType = "java.util.List<String>")
    public static final String INVALID_FIELDS = "CamelMagento2InvalidFields";

    @Metadata(label = "producer", description = "For bulk: the UUIDs of the bulks Magento accepted, in request order"
            + " (also set when the exchange fails after some were accepted). Follow one with GET V1/bulk/<uuid>/status.",
              javaType = "java.util.List<String>")
    public static final String BULK_UUIDS = "CamelMagento2BulkUuids";

    @Metadata(label = "producer", description = "For bulk, when the exchange fails after records were sent: the summary"
            + " (bulkUuids, total, complete, failed, rejected, open, failures [{index, key, status, message, bulkUuid}]);"
            + " the body stays the records sent.", javaType = "java.util.Map<String, Object>")
    public static final String BULK_SUMMARY = "CamelMagento2BulkSummary";

    private Magento2Constants() {
    }
}
