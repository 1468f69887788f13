package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The endpoint options whose meaning is the same on every platform; each connector's configuration extends it with its
 * own, and Camel's component plugin lists these in every scheme's catalog JSON. Auth comes from exactly one source: a
 * connection bean, a connection document, or the security options (turned into a connection document and validated
 * the same way).
 * <p>
 * Options whose default differs per scheme (the operation, the page size, the state file) stay in the subclasses: an
 * annotation here cannot vary its default, and the catalog is a contract.
 */
@UriParams
public abstract class ConnectorConfiguration implements Cloneable {

    @UriPath(description = "The resource: the platform's name for a collection (e.g. products, skus, users), or a path"
            + " below the API root.")
    @Metadata(required = true)
    private String resource;

    @UriParam(label = "common", description = "The connection to use (a Connection bean, e.g. #shop). Autowired when the"
            + " registry holds exactly one for this connector.")
    private Connection connection;

    @UriParam(label = "common", description = "A connection document to load instead of a bean: file:PATH or classpath:PATH.")
    private String connectionResource;

    @UriParam(label = "common,advanced", description = "Connect timeout in milliseconds; overrides the connection's.")
    private Integer connectTimeout;

    @UriParam(label = "common,advanced", description = "Read timeout in milliseconds; overrides the connection's.")
    private Integer readTimeout;

    @UriParam(label = "security", description = "The platform's address (see the connection reference for each"
            + " platform's form), when the connection is given by options rather than a document.")
    private String baseUri;

    @UriParam(label = "security", secret = true, description = "A static bearer token (auth.token of a bearer"
            + " connection); it is not renewed.")
    private String bearerToken;

    @UriParam(label = "security", description = "The user name of the platform's sign-in (auth.username).")
    private String username;

    @UriParam(label = "security", secret = true, description = "The password of the platform's sign-in (auth.password).")
    private String password;

    @UriParam(label = "security", description = "The on-premise agent's proxy URI (http://, https:// or socks5://);"
            + " sets mode onPremise.")
    private String proxyUri;

    @UriParam(label = "security", description = "User name at the on-premise agent.")
    private String proxyUsername;

    @UriParam(label = "security", secret = true, description = "Password at the on-premise agent.")
    private String proxyPassword;

    @UriParam(label = "security", description = "TLS configuration (trust store, key store) for the platform, its auth"
            + " server and the agent. Certificates are verified against the JVM's trust store by default.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "producer", description = "The sort of a producer's read, in the platform's syntax.")
    private String sort;

    @UriParam(label = "producer", defaultValue = "false", description = "Whether a producer's read takes every page and"
            + " returns one list.")
    private boolean fetchAll;

    @UriParam(label = "producer", defaultValue = "10000", description = "Upper limit on the records fetchAll collects in"
            + " memory; larger reads belong in a consumer, which streams them.")
    private int maxRecords = 10000;

    @UriParam(label = "consumer", description = "Where an export starts when no watermark is stored: ISO-8601, inclusive"
            + " (the watermark time field >= since), UTC when no offset, or a date alone. Everything when not set.")
    private String since;

    @UriParam(label = "consumer", defaultValue = "true", description = "One exchange per record (true) or per page (false,"
            + " the body is a list).")
    private boolean splitRecords = true;

    @UriParam(label = "consumer", description = "Where watermarks are kept; a FileStateRepository on stateFile by default."
            + " The watermark advances after the exchanges that succeed and is written at most once per page, and when"
            + " an exchange fails or the consumer stops. An exchange an error handler marks handled (a dead-letter"
            + " channel with its default handled=true) counts as success: the watermark moves past the record, which"
            + " then lives only in the dead-letter destination. Without such a handler a failed exchange stops the"
            + " poll, and the next poll starts again at it.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", description = "The key of this export's watermark; by default the scheme, connection"
            + " name, what scopes the API (store code, API path), resource and filter.")
    private String stateKey;

    @UriParam(label = "consumer", defaultValue = "false", description = "Forget the stored watermark when the route starts"
            + " and export again from since.")
    private boolean resetWatermark;

    @UriParam(label = "consumer,advanced", defaultValue = "5000", description = "Milliseconds subtracted from the server's"
            + " clock for a poll's upper bound, so a record saved with a slightly older timestamp while the poll runs"
            + " (a database clock behind the web server's) is not skipped: it comes with the next poll.")
    private long settleTime = 5000;

    /** Records per page; each platform has its own default and maximum. */
    public abstract int getPageSize();

    /** The file of the default state repository; each scheme has its own default. */
    public abstract String getStateFile();

    /** The user's filter, in the platform's syntax; {@code null} when none. */
    public abstract String getFilter();

    /** True when a platform-only auth or address option is set on the endpoint (besides the shared ones here). */
    protected abstract boolean hasPlatformInlineOptions();

    /** True when any option that describes a connection inline is set on the endpoint itself. */
    public boolean hasInlineConnection() {
        return baseUri != null || bearerToken != null || username != null || password != null || proxyUri != null
                || hasPlatformInlineOptions();
    }

    /** A copy for one endpoint: the component's defaults must not change when an endpoint sets an option. */
    @SuppressWarnings("unchecked")
    public <T extends ConnectorConfiguration> T copy() {
        try {
            return (T) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
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
        return getClass().getSimpleName() + "[resource=" + resource + "]";
    }
}
