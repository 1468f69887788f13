package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectionResolver;
import com.commerceconnectors.core.camel.ConnectorEndpoint;
import com.commerceconnectors.core.camel.Export;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.magento2.api.FilterExpression;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.health.Magento2ReadinessChecks;
import com.commerceconnectors.magento2.paging.RefusedPageSize;
import com.commerceconnectors.magento2.paging.SearchCriteriaDialect;
import org.apache.camel.Category;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

import java.util.List;

/**
 * Magento 2 / Adobe Commerce REST. The resource is products, orders, customers, categories, invoices, creditmemos,
 * shipments, or any other path below /V1/ such as cmsPage/search; baseUri is the store's REST root, such as
 * https://shop.example.com/rest; username is a Magento admin user or, with userType=customer, a customer's e-mail
 * address. Producers read, search (sort: field, field:asc or field:desc, comma separated), create, update, delete and
 * upsert records, run async bulk imports, test the connection and make raw calls. The consumer exports the records that
 * changed since its watermark (updated_at and id), which advances past the exchanges that succeed; an exchange a
 * dead-letter channel handles (handled=true, its default) counts as success. Each connection in use gets a readiness
 * health check that latches authentication failures.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "magento2", title = "Magento 2", syntax = "magento2:resource",
             category = { Category.SAAS, Category.API }, headersClass = Magento2Constants.class)
public class Magento2Endpoint extends ConnectorEndpoint<Magento2Configuration, MagentoApi> {

    @UriParam
    private Magento2Configuration configuration;

    public Magento2Endpoint(String uri, Magento2Component component, Magento2Configuration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Magento2Component getComponent() {
        return (Magento2Component) super.getComponent();
    }

    @Override
    protected void validateOptions() {
        MagentoResource.of(configuration.getResource()); // reject a blank resource at start-up
    }

    @Override
    protected ConnectionResolver.InlineAuth inlineAuth() {
        return (document, auth) -> {
            Magento2Configuration c = configuration;
            if (c.getBearerToken() != null) {
                auth.put("type", "bearer");
                auth.put("token", c.getBearerToken());
                if (c.getUsername() != null || c.getPassword() != null) {
                    // let the schema report the conflict with its pointers
                    auth.put("username", c.getUsername() != null ? c.getUsername() : "");
                }
            } else {
                auth.put("type", "requestAuth");
                ConnectionResolver.putIfSet(auth, "username", c.getUsername());
                ConnectionResolver.putIfSet(auth, "password", c.getPassword());
                ConnectionResolver.putIfSet(auth, "userType", c.getUserType());
            }
        };
    }

    @Override
    protected String missingConnectionHint() {
        return "baseUri with bearerToken or username/password";
    }

    /** storeCode scopes URLs, not tokens: it stays out of the connection, so all store views share one client. */
    @Override
    protected MagentoApi createApi(ClientOptions options) {
        return MagentoApi.create(getCamelContext(), getConnection(), configuration.getStoreCode(),
                configuration.getSslContextParameters(), options);
    }

    @Override
    protected AutoCloseable registerReadiness(MagentoApi api) {
        return Magento2ReadinessChecks.of(getCamelContext()).register(getConnection(), c -> api.testConnection());
    }

    @Override
    public Export<SearchCriteria> newExport() {
        MagentoResource resource = resource();
        SearchCriteria filter = FilterExpression.parseFilter(configuration.getFilter());
        return new Export<>(new SearchCriteriaDialect(resource, filter),
                RefusedPageSize.told((criteria, first) -> api().search(resource, criteria, null)));
    }

    /** The store view, then the resource: the key stays magento2:{connection}:{store}:{resource}. */
    @Override
    protected List<String> stateKeyParts() {
        String store = configuration.getStoreCode() != null ? configuration.getStoreCode()
                : getConnection().storeCode() != null ? getConnection().storeCode() : "default";
        return List.of(store, configuration.getResource());
    }

    @Override
    public Producer createProducer() throws Exception {
        return new Magento2Producer(this);
    }

    @Override
    public Magento2Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(Magento2Configuration configuration) {
        this.configuration = configuration;
    }

    MagentoResource resource() {
        return MagentoResource.of(configuration.getResource())
                .withKeysetFields(configuration.getIdField(), configuration.getIdJsonField(), configuration.getUpdatedField());
    }
}
