package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a magento2 endpoint. Auth comes from exactly one source: a connection bean, a connection document,
 * or the security options below (which are turned into a connection document and validated the same way).
 */
@UriParams
public class Magento2Configuration implements Cloneable {

    @UriPath(description = "The resource: products, orders, customers, categories, invoices, creditmemos, shipments,"
            + " or any other path below /V1/ (e.g. cmsPage/search).")
    @Metadata(required = true)
    private String resource;

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

    @UriParam(label = "common", description = "The connection to use (a Connection bean, e.g. #shop). Autowired when the"
            + " registry holds exactly one.")
    private Connection connection;

    @UriParam(label = "common", description = "A connection document to load instead of a bean: file:PATH or classpath:PATH.")
    private String connectionResource;

    @UriParam(label = "common", description = "The store view code; overrides the connection's. Reads without one use the"
            + " default store view, writes without one go to 'all' (admin scope).")
    private String storeCode;

    @UriParam(label = "common,advanced", description = "Connect timeout in milliseconds; overrides the connection's.")
    private Integer connectTimeout;

    @UriParam(label = "common,advanced", description = "Read timeout in milliseconds; overrides the connection's.")
    private Integer readTimeout;

    @UriParam(label = "security", description = "The store's REST root, e.g. https://shop.example.com/rest, when the"
            + " connection is given by options rather than a document.")
    private String baseUri;

    @UriParam(label = "security", secret = true, description = "A static bearer token (auth.token of a bearer connection).")
    private String bearerToken;

    @UriParam(label = "security", description = "User name for request authentication (Magento admin user, or a customer's"
            + " e-mail address).")
    private String username;

    @UriParam(label = "security", secret = true, description = "Password for request authentication.")
    private String password;

    @UriParam(label = "security", enums = "admin,customer", defaultValue = "admin",
              description = "Which Magento token endpoint request authentication uses.")
    private String userType;

    @UriParam(label = "security", description = "The on-premise agent's proxy URI (http:// or https://); sets mode onPremise.")
    private String proxyUri;

    @UriParam(label = "security", description = "User name at the on-premise agent.")
    private String proxyUsername;

    @UriParam(label = "security", secret = true, description = "Password at the on-premise agent.")
    private String proxyPassword;

    @UriParam(label = "security", description = "TLS configuration (trust store, key store) for the store and the agent."
            + " Certificates are verified against the JVM's trust store by default.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "producer", description = "Search filter: field:condition:value, filters OR'ed with |, groups AND'ed"
            + " with ; (e.g. status:eq:1;type_id:in:simple,virtual).")
    private String filter;

    @UriParam(label = "producer", description = "Search sort: field[:asc|desc], comma separated.")
    private String sort;

    @UriParam(label = "common", defaultValue = "100", description = "Records per page (Magento caps it at 300 when its"
            + " input limits are on).")
    private int pageSize = 100;

    @UriParam(label = "producer", defaultValue = "1", description = "The page search reads, unless fetchAll is set.")
    private int currentPage = 1;

    @UriParam(label = "producer", defaultValue = "false", description = "Whether search reads every page and returns one list.")
    private boolean fetchAll;

    @UriParam(label = "producer", defaultValue = "10000", description = "Upper limit on the records fetchAll collects in"
            + " memory; larger reads belong in a consumer, which streams them.")
    private int maxRecords = 10000;

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

    @UriParam(label = "consumer", description = "Where an export starts when no watermark is stored: ISO-8601, inclusive"
            + " (updated_at >= since), UTC when no offset. Everything when not set.")
    private String since;

    @UriParam(label = "consumer", defaultValue = "true", description = "One exchange per record (true) or per page (false,"
            + " the body is a list).")
    private boolean splitRecords = true;

    @UriParam(label = "consumer", description = "Where watermarks are kept; a FileStateRepository on stateFile by default."
            + " The watermark advances after each exchange that succeeds. An exchange an error handler marks handled"
            + " (a dead-letter channel with its default handled=true) counts as success: the watermark moves past the"
            + " record, which then lives only in the dead-letter destination. Without such a handler a failed exchange"
            + " stops the poll, and the next poll starts again at it.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", defaultValue = "magento2-watermarks.dat", description = "The file of the default state"
            + " repository.")
    private String stateFile = "magento2-watermarks.dat";

    @UriParam(label = "consumer", description = "The key of this export's watermark; by default connection name, store code,"
            + " resource and filter.")
    private String stateKey;

    @UriParam(label = "consumer", defaultValue = "false", description = "Forget the stored watermark when the route starts"
            + " and export again from since.")
    private boolean resetWatermark;

    @UriParam(label = "consumer,advanced", defaultValue = "5000", description = "Milliseconds subtracted from the server's"
            + " clock for a poll's upper bound, so a database clock slightly behind the web server loses nothing.")
    private long settleTime = 5000;

    @UriParam(label = "consumer,advanced", description = "The numeric id field as filters name it (default entity_id).")
    private String idField;

    @UriParam(label = "consumer,advanced", description = "The numeric id field as records name it (default id, or"
            + " entity_id for sales documents).")
    private String idJsonField;

    @UriParam(label = "consumer,advanced", description = "The last-change timestamp field (default updated_at).")
    private String updatedField;

    public Magento2Configuration copy() {
        try {
            return (Magento2Configuration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** True when any auth or base option is set on the endpoint itself. */
    boolean hasInlineConnection() {
        return baseUri != null || bearerToken != null || username != null || password != null || proxyUri != null;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public Magento2Operation getOperation() {
        return operation;
    }

    public void setOperation(Magento2Operation operation) {
        this.operation = operation;
    }

    public Connection getConnection() {
        return connection;
    }

    public void setConnection(Connection connection) {
        this.connection = connection;
    }

    public String getConnectionResource() {
        return connectionResource;
    }

    public void setConnectionResource(String connectionResource) {
        this.connectionResource = connectionResource;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Integer readTimeout) {
        this.readTimeout = readTimeout;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getBearerToken() {
        return bearerToken;
    }

    public void setBearerToken(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getUserType() {
        return userType;
    }

    public void setUserType(String userType) {
        this.userType = userType;
    }

    public String getProxyUri() {
        return proxyUri;
    }

    public void setProxyUri(String proxyUri) {
        this.proxyUri = proxyUri;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

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

    public boolean isFetchAll() {
        return fetchAll;
    }

    public void setFetchAll(boolean fetchAll) {
        this.fetchAll = fetchAll;
    }

    public int getMaxRecords() {
        return maxRecords;
    }

    public void setMaxRecords(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public boolean isSplitRecords() {
        return splitRecords;
    }

    public void setSplitRecords(boolean splitRecords) {
        this.splitRecords = splitRecords;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public boolean isResetWatermark() {
        return resetWatermark;
    }

    public void setResetWatermark(boolean resetWatermark) {
        this.resetWatermark = resetWatermark;
    }

    public long getSettleTime() {
        return settleTime;
    }

    public void setSettleTime(long settleTime) {
        this.settleTime = settleTime;
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
    public String toString() {
        // never the credentials
        return "Magento2Configuration[resource=" + resource + ", operation=" + operation + ", storeCode=" + storeCode + "]";
    }
}
