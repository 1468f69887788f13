package com.commerceconnectors.oro;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.camel.ConnectionResolver;
import com.commerceconnectors.core.camel.ConnectorEndpoint;
import com.commerceconnectors.core.camel.Export;
import com.commerceconnectors.core.camel.ExportMode;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.FilterExpression;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.SparseFields;
import com.commerceconnectors.oro.health.OroReadinessChecks;
import com.commerceconnectors.oro.paging.IncrementalExportCheck;
import com.commerceconnectors.oro.paging.OroKeysetDialect;
import com.commerceconnectors.oro.support.OroPaths;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.ArrayList;
import java.util.List;

import static com.commerceconnectors.core.camel.ConnectionResolver.putIfSet;

/**
 * OroCommerce, OroCRM and OroPlatform JSON:API: the resource is an entity's plural alias (products, users, orders).
 * Producers list, read, create, update, delete and upsert records, make raw calls and test the connection. The
 * consumer exports the records that changed since its watermark, which advances after the exchanges that succeed;
 * an exchange a dead-letter channel handles (handled=true, its default) counts as success. Each connection in use
 * gets a readiness health check that latches authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "oro", title = "Oro", syntax = "oro:resource",
             category = { Category.SAAS, Category.API }, headersClass = OroConstants.class)
public class OroEndpoint extends ConnectorEndpoint<OroConfiguration, OroApi> {

    @UriParam
    private OroConfiguration configuration;

    public OroEndpoint(String uri, OroComponent component, OroConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    protected void validateOptions() {
        resource(); // reject a malformed resource at start-up
        if (configuration.getPageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1");
        }
    }

    @Override
    protected ConnectionResolver.InlineAuth inlineAuth() {
        OroConfiguration c = configuration;
        return (document, auth) -> {
            if (c.getApiPath() != null && !c.getApiPath().isBlank()) {
                document.put("apiPath", OroPaths.normalisedApiPath(c.getApiPath()));
            }
            if (c.getBearerToken() != null) {
                auth.put("type", "bearer");
                auth.put("token", c.getBearerToken());
                // anything else set is a conflict: let the schema report it with its pointers
                putIfSet(auth, "clientId", c.getClientId());
                putIfSet(auth, "apiKey", c.getApiKey());
            } else if (c.getClientId() != null || c.getClientSecret() != null || c.getPassword() != null) {
                auth.put("type", "oauth2");
                boolean passwordGrant = c.getPassword() != null || c.getUsername() != null && c.getApiKey() == null;
                auth.put("grantType", passwordGrant ? "password" : "client_credentials");
                putIfSet(auth, "clientId", c.getClientId());
                putIfSet(auth, "clientSecret", c.getClientSecret());
                putIfSet(auth, "username", c.getUsername());
                putIfSet(auth, "password", c.getPassword());
                putIfSet(auth, "apiKey", c.getApiKey());
            } else {
                auth.put("type", "wsse");
                putIfSet(auth, "username", c.getUsername());
                putIfSet(auth, "apiKey", c.getApiKey());
            }
        };
    }

    @Override
    protected String missingConnectionHint() {
        return "baseUri with username/apiKey (WSSE), clientId/clientSecret (OAuth2) or bearerToken";
    }

    @Override
    protected Connection withPlatformOverrides(Connection resolved) {
        String apiPath = configuration.getApiPath() == null || configuration.getApiPath().isBlank() ? null
                : OroPaths.normalisedApiPath(configuration.getApiPath());
        // apiPath is part of the connection on purpose: back-office and storefront tokens are not interchangeable,
        // so each API path gets its own client and token cache
        return resolved.withOverrides(null, apiPath, null);
    }

    @Override
    protected OroApi createApi(ClientOptions options) {
        return OroApi.create(getCamelContext(), getConnection(), configuration.getSslContextParameters(), options);
    }

    @Override
    protected AutoCloseable registerReadiness(OroApi api) {
        OroResource probe = resource();
        return OroReadinessChecks.of(getCamelContext()).register(getConnection(), c -> api.testConnection(probe));
    }

    /**
     * The export a poll runs: incremental by the watermark field, or full by id. An incremental export of a resource
     * Oro cannot sort by its watermark field is refused here, before any request, or explained at its first.
     */
    @Override
    public Export<JsonApiQuery> newExport() {
        OroResource resource = resource();
        JsonApiQuery query = FilterExpression.addTo(new JsonApiQuery(), configuration.getFilter());
        query.include(configuration.getInclude());
        if (fullExport()) {
            if (configuration.getSince() != null) {
                throw new IllegalArgumentException("since does not apply to exportMode=full, which exports every"
                        + " record of " + resource.name() + " on each poll; leave since out, or export incrementally");
            }
            SparseFields.parse(configuration.getFields(), resource.type()).addTo(query);
            return new Export<>(OroKeysetDialect.full(resource, query), (q, first) -> api().list(resource, q, first));
        }
        IncrementalExportCheck.beforeFirstRequest(resource, configuration.watermarkFieldChosen());
        // the watermark field stays in a sparse fieldset of the resource
        SparseFields.parse(configuration.getFields(), resource.type())
                .including(resource.type(), resource.watermarkField()).addTo(query);
        return new Export<>(OroKeysetDialect.incremental(resource, query), (q, first) -> {
            try {
                return api().list(resource, q, first);
            } catch (ApiException e) {
                throw first ? IncrementalExportCheck.onFirstRequest(resource, e) : e;
            }
        });
    }

    private boolean fullExport() {
        return configuration.getExportMode() == ExportMode.full;
    }

    @Override
    protected List<String> stateKeyParts() {
        List<String> parts = new ArrayList<>(List.of(OroPaths.normalisedApiPath(getConnection().apiPath()),
                configuration.getResource()));
        if (fullExport()) {
            parts.add(ExportMode.full.name()); // a full export's position is not an incremental one's watermark
        }
        return parts;
    }

    @Override
    public Producer createProducer() throws Exception {
        return new OroProducer(this);
    }

    @Override
    public OroConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(OroConfiguration configuration) {
        this.configuration = configuration;
    }

    OroResource resource() {
        return new OroResource(configuration.getResource() == null ? "" : configuration.getResource().strip(),
                configuration.getKeyAttribute(), configuration.getWatermarkField());
    }
}
