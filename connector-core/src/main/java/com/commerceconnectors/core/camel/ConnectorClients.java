package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ClientRegistry;
import com.commerceconnectors.core.http.ConnectorClient;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

import java.util.function.Function;

/**
 * The clients of one CamelContext: one {@link ConnectorClient} (connection pool and token cache) per connection,
 * shared by every endpoint of that context that uses an equal connection, and closed when the context stops. Never
 * shared between contexts: tokens of one context (and its scopes) must not serve another.
 * <p>
 * Registered as a service of the context, found again with {@link #of(CamelContext)}.
 */
public final class ConnectorClients extends ServiceSupport {

    /** Guards creation only; the registry itself lives in the context, not here. */
    private static final Object CREATION = new Object();

    private final ClientRegistry registry = new ClientRegistry();

    private ConnectorClients() {
    }

    /** The context's clients, created and registered on first use. */
    public static ConnectorClients of(CamelContext context) {
        ConnectorClients existing = context.hasService(ConnectorClients.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(ConnectorClients.class);
            if (existing != null) {
                return existing;
            }
            ConnectorClients created = new ConnectorClients();
            try {
                // stopOnShutdown: the context stops it, which closes every pool
                context.addService(created, true, true);
            } catch (Exception e) {
                throw ApiException.configuration("Could not register the connector clients with the Camel context ("
                        + e.getClass().getSimpleName() + ")", "Check that the Camel context is not stopping");
            }
            return created;
        }
    }

    /** The client for this connection, created with {@code factory} on first use. */
    public ConnectorClient client(Connection connection, Function<Connection, ConnectorClient> factory) {
        return registry.client(connection, factory);
    }

    /** How many clients are open. */
    public int size() {
        return registry.size();
    }

    @Override
    protected void doStop() {
        registry.close();
    }

    @Override
    protected void doShutdown() {
        registry.close();
    }
}
