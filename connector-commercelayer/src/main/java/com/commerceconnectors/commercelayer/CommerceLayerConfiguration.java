package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.camel.JsonApiConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a commercelayer endpoint that the other schemes do not have; the shared ones are in
 * {@link JsonApiConfiguration}. Auth comes from exactly one source: a connection bean, a connection document, or the
 * security options (turned into a connection document and validated the same way).
 */
@UriParams
public class CommerceLayerConfiguration extends JsonApiConfiguration {

    @UriParam(label = "producer",
              description = "What the producer does: list (a page, or every page with fetchAll), get (one record by id), create"
            + " (POST), update (PATCH), delete, upsert (find by id or keyAttribute, then update or create; header"
            + " CamelCommerceLayerWriteOutcome says which), raw (any path and method), testConnection, or"
            + " revokeToken (revoke the connection's current token). Bodies in: a JSON:API resource object {type,"
            + " id, attributes, relationships}, a {\"data\": …} document, or the bare attributes, as a Map, JSON"
            + " string or bytes; out: the resource as a Map with included resources resolved into its"
            + " relationships. A create or update is never sent twice when its outcome is unknown.")
    private CommerceLayerOperation operation = CommerceLayerOperation.list;

    @UriParam(label = "security", enums = "client_credentials,password,refresh_token,urn:ietf:params:oauth:grant-type:jwt-bearer",
              defaultValue = "client_credentials",
              description = "The OAuth2 grant (auth.grantType): client_credentials for integration and sales-channel"
            + " applications, password for a customer's login, refresh_token, or the JWT bearer grant (on behalf"
            + " of an owner).")
    private String grantType;

    @UriParam(label = "security", description = "The token's scope (auth.scope), e.g. market:code:europe or"
            + " stock_location:id:WLgbSXqyoZ; required for sales channels.")
    private String scope;

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

    @UriParam(label = "producer",
              description = "List filter: Commerce Layer's ransack predicates as predicate=value pairs separated by ;, e.g."
            + " code_start=TSHIRT;updated_at_gteq=2024-03-01T00:00:00Z (_in takes a comma list). Also restricts"
            + " the consumer's export.")
    private String filter;

    @UriParam(label = "common", defaultValue = "25",
              description = "Records per page, 1 to 25 (Commerce Layer's maximum).")
    private int pageSize = 25;

    @UriParam(label = "consumer", defaultValue = "commercelayer-watermarks.dat",
              description = "The file of the default state repository.")
    private String stateFile = "commercelayer-watermarks.dat";

    @Override
    protected boolean hasPlatformInlineOptions() {
        return refreshToken != null || assertionToken != null || tokenUri != null || scope != null || grantType != null;
    }

    public CommerceLayerOperation getOperation() {
        return operation;
    }

    public void setOperation(CommerceLayerOperation operation) {
        this.operation = operation;
    }

    public String getGrantType() {
        return grantType;
    }

    public void setGrantType(String grantType) {
        this.grantType = grantType;
    }

    @Override
    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    @Override
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    @Override
    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
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
}
