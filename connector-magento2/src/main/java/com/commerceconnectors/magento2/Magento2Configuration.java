package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectorConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options only a magento2 endpoint has: store views, the token endpoint of request authentication, searchCriteria
 * filters and pages, asynchronous bulk imports, and the keyset fields of resources whose tables name them otherwise.
 * The options every connector shares are in {@link ConnectorConfiguration}.
 */
@UriParams
public class Magento2Configuration extends ConnectorConfiguration {

    @UriParam(label = "producer", defaultValue = "search", description = "What the producer does: get (one record by key),"
            + " search (a page, or every page with fetchAll), testConnection, raw (any path and method), or a write of the"
            + " record in the body (a map, JSON or Java object, bare or wrapped as {\"product\": …}): create (POST;"
            + " Magento's product save overwrites an existing SKU), update (PUT of an existing record; NOT_FOUND"
            + " otherwise), delete, upsert (read by key, then update or create; header CamelMagento2WriteOutcome says"
            + " which). The key comes from header CamelMagento2ResourceKey or the record (sku for products, id for"
            + " customers and categories). Writes go to store code 'all' unless one is given. A POST is never sent twice"
            + " when its outcome is unknown (dropped connection, 5xx): the error says what to check. bulk saves a list"
            + " of products through Magento's asynchronous bulk API (see the bulk* options); the body becomes the"
            + " summary {bulkUuids, total, complete, failed, rejected, open, failures}.")
    private Magento2Operation operation = Magento2Operation.search;

    @UriParam(label = "common", description = "The store view code; overrides the connection's. Reads without one use the"
            + " default store view, writes without one go to 'all' (admin scope).")
    private String storeCode;

    @UriParam(label = "security", enums = "admin,customer", defaultValue = "admin",
              description = "Which Magento token endpoint request authentication uses (auth.userType).")
    private String userType;

    @UriParam(label = "producer", description = "Search filter: field:condition:value, filters OR'ed with |, groups AND'ed"
            + " with ; (e.g. status:eq:1;type_id:in:simple,virtual). A consumer exports only the records it matches.")
    private String filter;

    @UriParam(label = "common", defaultValue = "100", description = "Records per page (Magento caps it at 300 when its"
            + " input limits are on).")
    private int pageSize = 100;

    @UriParam(label = "producer", defaultValue = "1", description = "The page search reads, unless fetchAll is set.")
    private int currentPage = 1;

    @UriParam(label = "producer", defaultValue = "100", description = "For bulk: records per asynchronous bulk request"
            + " (1-5000; Magento refuses more than 5000 when its web API input limits are on).")
    private int bulkSize = 100;

    @UriParam(label = "producer", defaultValue = "true", description = "For bulk: whether to wait, polling the bulk"
            + " status, until Magento processed every record. Without waiting the summary counts the queued records as"
            + " open. Magento processes them only while its async.operations.all consumer runs.")
    private boolean bulkWaitForCompletion = true;

    @UriParam(label = "producer", defaultValue = "2000", javaType = "java.time.Duration", description = "For bulk: the"
            + " wait between two rounds of status requests (one per unfinished bulk), in milliseconds or e.g. 5s.")
    private long bulkPollInterval = 2000;

    @UriParam(label = "producer", defaultValue = "600000", javaType = "java.time.Duration", description = "For bulk:"
            + " how long to wait for Magento in all (milliseconds or e.g. 10m). On timeout the exchange fails, naming"
            + " the bulks to check later; their records stay queued and must not be sent again.")
    private long bulkTimeout = 600000;

    @UriParam(label = "producer", defaultValue = "true", description = "For bulk: whether a record Magento did not save"
            + " (failed, retriable or rejected) fails the exchange; its error lists them and header"
            + " CamelMagento2BulkSummary holds the summary. With false the summary is the body and the route decides.")
    private boolean bulkFailOnItemError = true;

    @UriParam(label = "producer", defaultValue = "name", description = "For create and upsert of products: where a new"
            + " product without a url_key in its custom_attributes gets one from. name: Magento's own rule, the name"
            + " formatted (lower case, dashes). sku: the SKU, formatted the same way by Magento, for catalogues whose"
            + " products share names: Magento refuses a URL key another product or category of the store has (400"
            + " 'URL key for specified store already exists.'). A record's own url_key always wins, and an existing"
            + " product keeps its key (a create reads the product first when this is sku).")
    private UrlKeySource urlKeyFrom = UrlKeySource.name;

    @UriParam(label = "consumer", defaultValue = "magento2-watermarks.dat", description = "The file of the default state"
            + " repository.")
    private String stateFile = "magento2-watermarks.dat";

    @UriParam(label = "consumer,advanced", description = "The numeric id field as filters name it (default entity_id).")
    private String idField;

    @UriParam(label = "consumer,advanced", description = "The numeric id field as records name it (default id, or"
            + " entity_id for sales documents).")
    private String idJsonField;

    @UriParam(label = "consumer,advanced", description = "The last-change timestamp field (default updated_at).")
    private String updatedField;

    /** userType is auth.userType of an inline requestAuth connection, so it counts as an inline option too. */
    @Override
    protected boolean hasPlatformInlineOptions() {
        return userType != null;
    }

    public UrlKeySource getUrlKeyFrom() {
        return urlKeyFrom;
    }

    public void setUrlKeyFrom(UrlKeySource urlKeyFrom) {
        this.urlKeyFrom = urlKeyFrom;
    }

    public Magento2Operation getOperation() {
        return operation;
    }

    public void setOperation(Magento2Operation operation) {
        this.operation = operation;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getUserType() {
        return userType;
    }

    public void setUserType(String userType) {
        this.userType = userType;
    }

    @Override
    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    @Override
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getCurrentPage() {
        return currentPage;
    }

    public void setCurrentPage(int currentPage) {
        this.currentPage = currentPage;
    }

    public int getBulkSize() {
        return bulkSize;
    }

    public void setBulkSize(int bulkSize) {
        this.bulkSize = bulkSize;
    }

    public boolean isBulkWaitForCompletion() {
        return bulkWaitForCompletion;
    }

    public void setBulkWaitForCompletion(boolean bulkWaitForCompletion) {
        this.bulkWaitForCompletion = bulkWaitForCompletion;
    }

    public long getBulkPollInterval() {
        return bulkPollInterval;
    }

    public void setBulkPollInterval(long bulkPollInterval) {
        this.bulkPollInterval = bulkPollInterval;
    }

    public long getBulkTimeout() {
        return bulkTimeout;
    }

    public void setBulkTimeout(long bulkTimeout) {
        this.bulkTimeout = bulkTimeout;
    }

    public boolean isBulkFailOnItemError() {
        return bulkFailOnItemError;
    }

    public void setBulkFailOnItemError(boolean bulkFailOnItemError) {
        this.bulkFailOnItemError = bulkFailOnItemError;
    }

    @Override
    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public String getIdField() {
        return idField;
    }

    public void setIdField(String idField) {
        this.idField = idField;
    }

    public String getIdJsonField() {
        return idJsonField;
    }

    public void setIdJsonField(String idJsonField) {
        this.idJsonField = idJsonField;
    }

    public String getUpdatedField() {
        return updatedField;
    }

    public void setUpdatedField(String updatedField) {
        this.updatedField = updatedField;
    }

    @Override
    public String toString() {
        // never the credentials
        return "Magento2Configuration[resource=" + getResource() + ", operation=" + operation + ", storeCode=" + storeCode + "]";
    }
}
