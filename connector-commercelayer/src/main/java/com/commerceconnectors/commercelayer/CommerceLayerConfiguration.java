package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a commercelayer endpoint. Auth comes from exactly one source: a connection bean, a connection
 * document, or the security options below (which are turned into a connection document and validated the same way).
 */
@UriParams
public class CommerceLayerConfiguration implements Cloneable {

    /** Commerce Layer refuses larger pages. */
    public static final int MAX_PAGE_SIZE = 25;

    @UriPath(description = "The resource: skus, orders, customers, prices, stock_items, markets… any resource below"
            + " /api/, or a related list such as orders/<id>/line_items.")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "producer",
              description = "What the producer does: list (a page, or every page with fetchAll), get (one record by id), create"
            + " (POST), update (PATCH), delete, upsert (find by id or keyAttribute, then update or create; header"
            + " CamelCommerceLayerWriteOutcome says which), raw (any path and method), testConnection, or"
            + " revokeToken (revoke the connection's current token). Bodies in: a JSON:API resource object {type,"
            + " id, attributes, relationships}, a {\"data\": …} document, or the bare attributes, as a Map, JSON"
            + " string or bytes; out: the resource as a Map with included resources resolved into its"
            + " relationships. A create or update is never sent twice when its outcome is unknown.")
    private CommerceLayerOperation operation = CommerceLayerOperation.list;

    @UriParam(label = "common",
              description = "The connection to use (a Connection bean, e.g. #store). Autowired when the registry holds exactly"
            + " one.")
    private Connection connection;

    @UriParam(label = "common",
              description = "A connection document to load instead of a bean: file:PATH or classpath:PATH.")
    private String connectionResource;

    @UriParam(label = "common,advanced",
              description = "Connect timeout in milliseconds; overrides the connection's.")
    private Integer connectTimeout;

    @UriParam(label = "common,advanced",
              description = "Read timeout in milliseconds; overrides the connection's.")
    private Integer readTimeout;

    @UriParam(label = "security",
              description = "The organization's API address, https://<organization>.commercelayer.io, when the connection is"
            + " given by options; derived from the access token when not set.")
    private String baseUri;

    @UriParam(label = "security", enums = "client_credentials,password,refresh_token,urn:ietf:params:oauth:grant-type:jwt-bearer", defaultValue = "client_credentials",
              description = "The OAuth2 grant (auth.grantType): client_credentials for integration and sales-channel"
            + " applications, password for a customer's login, refresh_token, or the JWT bearer grant (on behalf"
            + " of an owner).")
    private String grantType;

    @UriParam(label = "security",
              description = "The OAuth2 application's client id (auth.clientId); not a secret (sales channel ids are public).")
    private String clientId;

    @UriParam(label = "security", secret = true,
              description = "The OAuth2 application's client secret (auth.clientSecret); sales-channel applications have none.")
    private String clientSecret;

    @UriParam(label = "security",
              description = "The token's scope (auth.scope), e.g. market:code:europe or stock_location:id:WLgbSXqyoZ; required"
            + " for sales channels.")
    private String scope;

    @UriParam(label = "security",
              description = "For the password grant: the customer's e-mail address (auth.username).")
    private String username;

    @UriParam(label = "security", secret = true,
              description = "For the password grant: the customer's password (auth.password).")
    private String password;

    @UriParam(label = "security", secret = true,
              description = "For the refresh_token grant: the refresh token (auth.refreshToken).")
    private String refreshToken;

    @UriParam(label = "security", secret = true,
              description = "For the JWT bearer grant: the assertion (auth.assertion), a JWT whose"
            + " https://commercelayer.io/claims name the owner and custom claims; at most 4 KB.")
    private String assertionToken;

    @UriParam(label = "security",
              description = "The token endpoint (auth.tokenUri); default https://auth.commercelayer.io/oauth/token. Tokens are"
            + " revoked at the /oauth/revoke beside it.")
    private String tokenUri;

    @UriParam(label = "security", secret = true,
              description = "An access token obtained elsewhere (auth.token of a bearer connection); it is not renewed.")
    private String bearerToken;

    @UriParam(label = "security",
              description = "The on-premise agent's proxy URI (http:// or https://); sets mode onPremise.")
    private String proxyUri;

    @UriParam(label = "security",
              description = "User name at the on-premise agent.")
    private String proxyUsername;

    @UriParam(label = "security", secret = true,
              description = "Password at the on-premise agent.")
    private String proxyPassword;

    @UriParam(label = "security",
              description = "TLS configuration (trust store, key store) for the API, the auth server and the agent. Certificates"
            + " are verified against the JVM's trust store by default.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "producer",
              description = "List filter: Commerce Layer's ransack predicates as predicate=value pairs separated by ;, e.g."
            + " code_start=TSHIRT;updated_at_gteq=2024-03-01T00:00:00Z (_in takes a comma list). Also restricts"
            + " the consumer's export.")
    private String filter;

    @UriParam(label = "producer",
              description = "List sort, e.g. -updated_at or code,created_at.")
    private String sort;

    @UriParam(label = "common",
              description = "Related resources to include and resolve into each record's relationships, e.g. prices,stock_items.")
    private String include;

    @UriParam(label = "common",
              description = "Sparse fieldsets: code,name for the resource's own type, or type:a,b groups separated by ;, e.g."
            + " skus:code,name;prices:amount_cents. The consumer adds updated_at to the resource's own list.")
    private String fields;

    @UriParam(label = "common", defaultValue = "25",
              description = "Records per page, 1 to 25 (Commerce Layer's maximum).")
    private int pageSize = 25;

    @UriParam(label = "producer", defaultValue = "1",
              description = "The page list reads, unless fetchAll is set (header CamelCommerceLayerPageNumber overrides it).")
    private int pageNumber = 1;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether list reads every page (by page number, ending on an empty or short page or meta.page_count)"
            + " and returns one list.")
    private boolean fetchAll = false;

    @UriParam(label = "producer", defaultValue = "10000",
              description = "Upper limit on the records fetchAll collects in memory; larger reads belong in a consumer, which"
            + " streams them.")
    private int maxRecords = 10000;

    @UriParam(label = "producer",
              description = "The attribute upsert finds a record by when it has no id: default code for skus and bundles, email"
            + " for customers, number for orders, code for markets, price_lists and stock_locations, reference"
            + " otherwise.")
    private String keyAttribute;

    @UriParam(label = "consumer",
              description = "Where an export starts when no watermark is stored: ISO-8601, inclusive (updated_at >= since), UTC"
            + " when no offset. Everything when not set.")
    private String since;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "One exchange per record (true) or per page (false, the body is a list).")
    private boolean splitRecords = true;

    @UriParam(label = "consumer",
              description = "Where watermarks are kept; a FileStateRepository on stateFile by default. The watermark advances"
            + " after each exchange that succeeds. An exchange an error handler marks handled (a dead-letter"
            + " channel with its default handled=true) counts as success: the watermark moves past the record,"
            + " which then lives only in the dead-letter destination. Without such a handler a failed exchange"
            + " stops the poll, and the next poll starts again at it.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", defaultValue = "commercelayer-watermarks.dat",
              description = "The file of the default state repository.")
    private String stateFile = "commercelayer-watermarks.dat";

    @UriParam(label = "consumer",
              description = "The key of this export's watermark; by default connection name, resource and filter.")
    private String stateKey;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Forget the stored watermark when the route starts and export again from since.")
    private boolean resetWatermark = false;

    @UriParam(label = "consumer,advanced", defaultValue = "5000",
              description = "Milliseconds subtracted from the server's clock for a poll's upper bound, so a record saved with a"
            + " slightly older timestamp than the moment it became visible is not missed.")
    private long settleTime = 5000;

    public CommerceLayerConfiguration copy() {
        try {
            return (CommerceLayerConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** True when any auth or base option is set on the endpoint itself. */
    boolean hasInlineConnection() {
        return baseUri != null || clientId != null || clientSecret != null || bearerToken != null || username != null
                || password != null || refreshToken != null || assertionToken != null || tokenUri != null
                || scope != null || grantType != null || proxyUri != null;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public CommerceLayerOperation getOperation() {
        return operation;
    }

    public void setOperation(CommerceLayerOperation operation) {
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

    public String getGrantType() {
        return grantType;
    }

    public void setGrantType(String grantType) {
        this.grantType = grantType;
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

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
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

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getAssertionToken() {
        return assertionToken;
    }

    public void setAssertionToken(String assertionToken) {
        this.assertionToken = assertionToken;
    }

    public String getTokenUri() {
        return tokenUri;
    }

    public void setTokenUri(String tokenUri) {
        this.tokenUri = tokenUri;
    }

    public String getBearerToken() {
        return bearerToken;
    }

    public void setBearerToken(String bearerToken) {
        this.bearerToken = bearerToken;
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

    @Override
    public String toString() {
        // never the credentials
        return "CommerceLayerConfiguration[resource=" + resource + ", operation=" + operation + "]";
    }
}
