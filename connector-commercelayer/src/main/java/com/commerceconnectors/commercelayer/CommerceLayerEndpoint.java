package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.api.CommerceLayerApi;
import com.commerceconnectors.commercelayer.api.ListOptions;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.commercelayer.auth.RevokeOnShutdown;
import com.commerceconnectors.commercelayer.health.CommerceLayerReadinessChecks;
import com.commerceconnectors.commercelayer.paging.RansackDialect;
import com.commerceconnectors.core.camel.ConnectionResolver;
import com.commerceconnectors.core.camel.ConnectorEndpoint;
import com.commerceconnectors.core.camel.Export;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.List;

import static com.commerceconnectors.core.camel.ConnectionResolver.putIfSet;

/**
 * Commerce Layer's JSON:API: skus, orders, customers, prices, stock_items or any other resource. Producers list, read,
 * create, update, delete and upsert records, make raw calls, test the connection and revoke its token. The consumer
 * exports the records that changed since its watermark with keyset paging on (updated_at, id), advancing the
 * watermark after the exchanges that succeed; an exchange a dead-letter channel handles (handled=true, its default)
 * counts as success. Each connection in use gets a readiness health check that latches authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "commercelayer", title = "Commerce Layer", syntax = "commercelayer:resource",
             category = { Category.SAAS, Category.API }, headersClass = CommerceLayerConstants.class)
public class CommerceLayerEndpoint extends ConnectorEndpoint<CommerceLayerConfiguration, CommerceLayerApi> {

    @UriParam
    private CommerceLayerConfiguration configuration;

    private ResourcePath resource;

    public CommerceLayerEndpoint(String uri, CommerceLayerComponent component, CommerceLayerConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CommerceLayerComponent getComponent() {
        return (CommerceLayerComponent) super.getComponent();
    }

    @Override
    protected void validateOptions() {
        resource = ResourcePath.of(configuration.getResource());
        if (configuration.getPageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1");
        }
    }

    @Override
    protected ConnectionResolver.InlineAuth inlineAuth() {
        CommerceLayerConfiguration c = configuration;
        return (document, auth) -> {
            if (c.getBearerToken() != null) {
                auth.put("type", "bearer");
                auth.put("token", c.getBearerToken());
                putIfSet(auth, "clientId", c.getClientId()); // a conflict: the schema reports it with its pointer
                return;
            }
            auth.put("type", "oauth2");
            auth.put("grantType", c.getGrantType() != null ? c.getGrantType() : "client_credentials");
            putIfSet(auth, "clientId", c.getClientId());
            putIfSet(auth, "clientSecret", c.getClientSecret());
            putIfSet(auth, "scope", c.getScope());
            putIfSet(auth, "username", c.getUsername());
            putIfSet(auth, "password", c.getPassword());
            putIfSet(auth, "refreshToken", c.getRefreshToken());
            putIfSet(auth, "assertion", c.getAssertionToken());
            putIfSet(auth, "tokenUri", c.getTokenUri());
        };
    }

    @Override
    protected String missingConnectionHint() {
        return "clientId (with clientSecret for an integration) or bearerToken";
    }

    @Override
    protected CommerceLayerApi createApi(ClientOptions options) {
        return CommerceLayerApi.create(getCamelContext(), getConnection(), configuration.getSslContextParameters(), options,
                ((CommerceLayerComponent) getComponent()).isRateLimitPacing());
    }

    @Override
    protected void onStart(CommerceLayerApi api) {
        if (getComponent().isRevokeOnShutdown() && "oauth2".equals(getConnection().auth().type())) {
            api.oauth2().ifPresent(RevokeOnShutdown.of(getCamelContext())::add);
        }
    }

    @Override
    protected AutoCloseable registerReadiness(CommerceLayerApi api) {
        return CommerceLayerReadinessChecks.of(getCamelContext()).register(getConnection(), c -> api.testConnection());
    }

    @Override
    public Export<JsonApiQuery> newExport() {
        ResourcePath path = resource();
        JsonApiQuery base = ListOptions.addFilter(new JsonApiQuery(), configuration.getFilter());
        base.include(configuration.getInclude());
        ListOptions.addFields(base, configuration.getFields(), path.type(), "updated_at");
        return new Export<>(new RansackDialect(path.path(), base), (query, first) -> api().list(path, query));
    }

    @Override
    protected List<String> stateKeyParts() {
        return List.of(resource().path());
    }

    @Override
    public Producer createProducer() throws Exception {
        return new CommerceLayerProducer(this);
    }

    @Override
    public CommerceLayerConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CommerceLayerConfiguration configuration) {
        this.configuration = configuration;
    }

    ResourcePath resource() {
        return resource != null ? resource : ResourcePath.of(configuration.getResource());
    }
}
