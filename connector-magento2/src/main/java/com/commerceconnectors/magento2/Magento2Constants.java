package com.commerceconnectors.magento2;

import org.apache.camel.spi.Metadata;

/** Every exchange header the magento2 component reads or sets. Credentials never travel in headers. */
public final class Magento2Constants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.", javaType = "String")
    public static final String OPERATION = "CamelMagento2Operation";

    @Metadata(label = "producer", description = "The record key for get (a product's SKU, an order's or customer's id).",
              javaType = "String")
    public static final String RESOURCE_KEY = "CamelMagento2ResourceKey";

    @Metadata(description = "The store view code of the request; overrides the endpoint's and the connection's storeCode.",
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

    @Metadata(description = "total_count of the search: all matching records, not only this page's.", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelMagento2TotalCount";

    @Metadata(description = "The page number this exchange's records came from (1-based).", javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelMagento2PageNumber";

    @Metadata(label = "consumer", description = "The watermark (updated_at|id) that will be stored once this exchange succeeds.",
              javaType = "String")
    public static final String WATERMARK = "CamelMagento2Watermark";

    @Metadata(label = "consumer", description = "The upper bound (updated_at) of the poll that produced this exchange; "
            + "changes at or after it come with the next poll.", javaType = "String")
    public static final String UPPER_BOUND = "CamelMagento2UpperBound";

    @Metadata(label = "producer", description = "For testConnection: whether the connection works.", javaType = "Boolean")
    public static final String CONNECTION_OK = "CamelMagento2ConnectionOk";

    private Magento2Constants() {
    }
}
