package com.commerceconnectors.oro;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of an oro endpoint. Auth comes from exactly one source: a connection bean, a connection document, or
 * the security options below (which are turned into a connection document and validated the same way).
 */
@UriParams
public class OroConfiguration implements Cloneable {
    @UriPath(description = "The resource: the entity's plural alias as Oro's JSON:API names it (products, users,"
            + " customers, customerusers, orders, organizations…); also the JSON:API type of its records.")
    @Metadata(required = true)
    private String resource;
    @UriParam(label = "producer", defaultValue = "list", description = "What the producer does: list (a page, or every"
            + " page with fetchAll), get (one record by id), create (POST), update (PATCH), delete, upsert (find by"
            + " keyAttribute, then PATCH or POST; header CamelOroWriteOutcome says which), raw (any path and method),"
            + " testConnection. Writes take a JSON:API resource object ({type, id?, attributes, relationships}), a"
            + " {\"data\": …} document, a map, JSON text or bytes, and answer with the saved record. A POST or PATCH is never"
            + " sent twice when its outcome is unknown (dropped connection, 5xx).")
    private OroOperation operation = OroOperation.list;
    @UriParam(label = "common", description = "The connection to use (a Connection bean, e.g. #oro). Autowired when the"
            + " registry holds exactly one.")
    private Connection connection;
    @UriParam(label = "common", description = "A connection document to load instead of a bean: file:PATH or classpath:PATH.")
    private String connectionResource;
    @UriParam(label = "common", description = "The API path below baseUri: /admin/api for the back-office API, /api"
            + " for the storefront API (the document's default). Overrides the connection's apiPath. Back-office and"
            + " storefront tokens are not interchangeable, so each API path gets its own token cache.")
    private String apiPath;
    @UriParam(label = "common,advanced", description = "Connect timeout in milliseconds; overrides the connection's.")
    private Integer connectTimeout;
    @UriParam(label = "common,advanced", description = "Read timeout in milliseconds; overrides the connection's.")
    private Integer readTimeout;
    @UriParam(label = "security", description = "The Oro application's root, e.g. https://oro.example.com, when the"
            + " connection is given by options rather than a document.")
    private String baseUri;
    @UriParam(label = "security", secret = true, description = "A static bearer token (auth.token of a bearer connection).")
    private String bearerToken;
    @UriParam(label = "security", description = "The Oro user's username: with apiKey for WSSE, or with password (and"
            + " clientId) for the OAuth2 password grant.")
    private String username;
    @UriParam(label = "security", secret = true, description = "The Oro user's API key for WSSE (generated on the user's"
            + " profile page in the back office).")
    private String apiKey;
    @UriParam(label = "security", description = "The OAuth application's client id: with clientSecret alone for the"
            + " client_credentials grant (back office), with username and password for the password grant (storefront"
            + " customer users).")
    private String clientId;
    @UriParam(label = "security", secret = true, description = "The OAuth application's client secret.")
    private String clientSecret;
    @UriParam(label = "security", secret = true, description = "The user's password for the OAuth2 password grant.")
    private String password;
    @UriParam(label = "security", description = "The on-premise agent's proxy URI (http:// or https://); sets mode onPremise.")
    private String proxyUri;
    @UriParam(label = "security", description = "User name at the on-premise agent.")
    private String proxyUsername;
    @UriParam(label = "security", secret = true, description = "Password at the on-premise agent.")
    private String proxyPassword;
    @UriParam(label = "security", description = "TLS configuration (trust store, key store) for Oro and the agent."
            + " Certificates are verified against the JVM's trust store by default.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "common", description = "Oro filters as field:value or field:operator:value joined with ; (Oro"
            + " AND's them), e.g. status:enabled;id:10..20;updatedAt:gte:2024-03-01T00:00:00Z. Values keep Oro's syntax"
            + " (a,b is an OR, a..b a range); operators are Oro's (eq, neq, gt, gte, lt, lte, contains, …). The consumer"
            + " adds them to its own.")
    private String filter;
    @UriParam(label = "producer", description = "For list: Oro's sort, e.g. -updatedAt,id.")
    private String sort;
    @UriParam(label = "common", description = "Related resources to include, e.g. owner,organization: each record"
            + " comes with them in place of their identifiers (relationships.owner.data.attributes…).")
    private String include;
    @UriParam(label = "common", description = "Sparse fieldsets: a,b for the resource's own type, or type:a,b joined"
            + " with ; (e.g. sku,names;users:username). The consumer keeps watermarkField in the resource's list.")
    private String fields;
    @UriParam(label = "common", defaultValue = "100", description = "Records per page, 1 to 100 (Oro's maximum).")
    private int pageSize = 100;
    @UriParam(label = "producer", defaultValue = "1", description = "The page list reads, unless fetchAll is set.")
    private int pageNumber = 1;
    @UriParam(label = "producer", defaultValue = "false", description = "Whether list reads every page (page numbers,"
            + " ending on an empty or short page or the total count) and returns one list.")
    private boolean fetchAll = false;
    @UriParam(label = "producer", defaultValue = "10000", description = "Upper limit on the records fetchAll collects in"
            + " memory; larger reads belong in a consumer, which streams them.")
    private int maxRecords = 10000;
    @UriParam(label = "producer", description = "For upsert: the attribute an existing record is found by (filter[KEY]);"
            + " id to use the record's id. Defaults: sku for products, username for users, email for customerusers,"
            + " name for customers and organizations, identifier for orders, id otherwise.")
    private String keyAttribute;
    @UriParam(label = "consumer", description = "Where an export starts when no watermark is stored: ISO-8601, inclusive"
            + " (watermarkField >= since), UTC when no offset. Everything when not set.")
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
    @UriParam(label = "consumer", defaultValue = "oro-watermarks.dat", description = "The file of the default state"
            + " repository.")
    private String stateFile = "oro-watermarks.dat";
    @UriParam(label = "consumer", description = "The key of this export's watermark; by default connection name, API path,"
            + " resource and filter.")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "false", description = "Forget the stored watermark when the route starts"
            + " and export again from since.")
    private boolean resetWatermark = false;
    @UriParam(label = "consumer,advanced", defaultValue = "5000", description = "Milliseconds subtracted from the server's"
            + " clock for a poll's upper bound, so a record saved with a slightly older timestamp while the poll runs is"
            + " not skipped: it comes with the next poll.")
    private long settleTime = 5000;
    @UriParam(label = "consumer", defaultValue = "updatedAt", description = "The last-change timestamp attribute the"
            + " export pages by (filter and sort); set it for entities without updatedAt. It must be filterable and"
            + " sortable in the entity's API.")
    private String watermarkField = "updatedAt";
    public OroConfiguration copy() {
        try {
            return (OroConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** True when any auth or base option is set on the endpoint itself. */
    boolean hasInlineConnection() {
        return baseUri != null || bearerToken != null || username != null || apiKey != null || clientId != null
                || clientSecret != null || password != null || proxyUri != null;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public OroOperation getOperation() {
        return operation;
    }

    public void setOperation(OroOperation operation) {
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

    public String getApiPath() {
        return apiPath;
    }

    public void setApiPath(String apiPath) {
        this.apiPath = apiPath;
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

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    public String getInclude() {
        return include;
    }

    public void setInclude(String include) {
        this.include = include;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(int pageNumber) {
        this.pageNumber = pageNumber;
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

    public String getKeyAttribute() {
        return keyAttribute;
    }

    public void setKeyAttribute(String keyAttribute) {
        this.keyAttribute = keyAttribute;
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

    public String getWatermarkField() {
        return watermarkField;
    }

    public void setWatermarkField(String watermarkField) {
        this.watermarkField = watermarkField;
    }

    @Override
    public String toString() {
        // never the credentials
        return "OroConfiguration[resource=" + resource + ", operation=" + operation + ", apiPath=" + apiPath + "]";
    }
}
