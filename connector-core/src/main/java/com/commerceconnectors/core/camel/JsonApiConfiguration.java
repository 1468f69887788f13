package com.commerceconnectors.core.camel;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options JSON:API platforms add to the shared ones: related resources, sparse fieldsets, page numbers, the upsert
 * key, and the OAuth2 client they sign in with.
 */
@UriParams
public abstract class JsonApiConfiguration extends ConnectorConfiguration {

    @UriParam(label = "security", description = "The OAuth2 application's client id (auth.clientId).")
    private String clientId;

    @UriParam(label = "security", secret = true, description = "The OAuth2 application's client secret (auth.clientSecret).")
    private String clientSecret;

    @UriParam(label = "common", description = "Related resources to include, e.g. owner,organization: each record comes"
            + " with them resolved into its relationships in place of their identifiers.")
    private String include;

    @UriParam(label = "common", description = "Sparse fieldsets: a,b for the resource's own type, or type:a,b groups"
            + " joined with ; (e.g. name,code;prices:amount_cents). The consumer keeps its watermark field in the"
            + " resource's own list.")
    private String fields;

    @UriParam(label = "producer", defaultValue = "1", description = "The page list reads, unless fetchAll is set.")
    private int pageNumber = 1;

    @UriParam(label = "producer", description = "For upsert: the attribute an existing record is found by when the record"
            + " has no id; each platform's default per resource is in its component reference.")
    private String keyAttribute;

    @Override
    public boolean hasInlineConnection() {
        return super.hasInlineConnection() || clientId != null || clientSecret != null;
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

    public int getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(int pageNumber) {
        this.pageNumber = pageNumber;
    }

    public String getKeyAttribute() {
        return keyAttribute;
    }

    public void setKeyAttribute(String keyAttribute) {
        this.keyAttribute = keyAttribute;
    }
}
