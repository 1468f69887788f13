package com.commerceconnectors.oro;

import com.commerceconnectors.core.camel.JsonApiConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of an oro endpoint that the other schemes do not have; the shared ones are in
 * {@link JsonApiConfiguration}. Auth comes from exactly one source: a connection bean, a connection document, or the
 * security options (turned into a connection document and validated the same way).
 */
@UriParams
public class OroConfiguration extends JsonApiConfiguration {

    @UriParam(label = "producer", defaultValue = "list", description = "What the producer does: list (a page, or every"
            + " page with fetchAll), get (one record by id), create (POST), update (PATCH), delete, upsert (find by"
            + " keyAttribute, then PATCH or POST; header CamelOroWriteOutcome says which), raw (any path and method),"
            + " testConnection. Writes take a JSON:API resource object ({type, id?, attributes, relationships}), a"
            + " {\"data\": …} document, a map, JSON text or bytes, and answer with the saved record. A POST or PATCH is never"
            + " sent twice when its outcome is unknown (dropped connection, 5xx).")
    private OroOperation operation = OroOperation.list;

    @UriParam(label = "common", description = "The API path below baseUri: /admin/api for the back-office API, /api"
            + " for the storefront API (the document's default). Overrides the connection's apiPath. Back-office and"
            + " storefront tokens are not interchangeable, so each API path gets its own token cache.")
    private String apiPath;

    @UriParam(label = "security", secret = true, description = "The Oro user's API key for WSSE (generated on the user's"
            + " profile page in the back office).")
    private String apiKey;

    @UriParam(label = "common", description = "Oro filters as field:value or field:operator:value joined with ; (Oro"
            + " AND's them), e.g. status:enabled;id:10..20;updatedAt:gte:2024-03-01T00:00:00Z. Values keep Oro's syntax"
            + " (a,b is an OR, a..b a range); operators are Oro's (eq, neq, gt, gte, lt, lte, contains, …). The consumer"
            + " adds them to its own.")
    private String filter;

    @UriParam(label = "common", defaultValue = "100", description = "Records per page, 1 to 100 (Oro's maximum).")
    private int pageSize = 100;

    @UriParam(label = "consumer", defaultValue = "oro-watermarks.dat", description = "The file of the default state"
            + " repository.")
    private String stateFile = "oro-watermarks.dat";

    @UriParam(label = "consumer", defaultValue = "updatedAt", description = "The last-change timestamp attribute the"
            + " export pages by (filter and sort); set it for entities without updatedAt. It must be filterable and"
            + " sortable in the entity's API.")
    private String watermarkField = "updatedAt";

    @Override
    protected boolean hasPlatformInlineOptions() {
        return apiKey != null;
    }

    public OroOperation getOperation() {
        return operation;
    }

    public void setOperation(OroOperation operation) {
        this.operation = operation;
    }

    @Override
    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getApiPath() {
        return apiPath;
    }

    public void setApiPath(String apiPath) {
        this.apiPath = apiPath;
    }

    @Override
    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public String getWatermarkField() {
        return watermarkField;
    }

    public void setWatermarkField(String watermarkField) {
        this.watermarkField = watermarkField;
    }
}
