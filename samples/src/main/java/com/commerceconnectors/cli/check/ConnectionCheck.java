package com.commerceconnectors.cli.check;

import com.commerceconnectors.cli.camel.Descriptors;
import com.commerceconnectors.cli.camel.CamelRuntime;
import com.commerceconnectors.cli.camel.UnsupportedConnectorException;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.error.ApiException;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests a connection through its connector's Camel endpoint ({@code <scheme>:store?operation=testConnection}), in a
 * CamelContext of its own: one cheap authenticated call, classified. Never throws.
 */
public final class ConnectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);

    public ConnectionVerdict test(Connection connection) {
        String connector = connection.connector().id();
        String authType = connection.auth().type();
        try (CamelRuntime camel = CamelRuntime.open(connection)) {
            camel.start();
            String uri = camel.scheme() + ":" + Descriptors.of(connection.connector()).probeResource() + "?operation=testConnection&connection=#"
                    + CamelRuntime.CONNECTION_BEAN;
            LOG.debug("Testing {} through {}", connection, uri);
            Map<?, ?> body;
            try (ProducerTemplate template = camel.template()) {
                body = template.requestBody(uri, null, Map.class);
            }
            if (body == null) {
                return ConnectionVerdict.configurationProblem(connector, authType,
                        "The " + connector + " endpoint gave no test result", "Run again with --verbose", Map.of());
            }
            return ConnectionVerdict.fromBody(body);
        } catch (UnsupportedConnectorException e) {
            return ConnectionVerdict.configurationProblem(connector, authType, e.getMessage(), e.hint(), Map.of());
        } catch (Exception e) {
            return fromFailure(connector, authType, e);
        }
    }

    /** Failures before the probe ran: the endpoint or its client could not be set up. */
    private static ConnectionVerdict fromFailure(String connector, String authType, Exception e) {
        LOG.debug("The connection test could not run", e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return new ConnectionVerdict(false, connector, authType, api.status() == 0 ? null : api.status(), 0,
                        TestCategory.of(api).name(), api.summary(), api.advice().orElse(null), Map.of());
            }
            if (t instanceof IllegalArgumentException invalid && t.getMessage() != null) {
                // the component's own validation messages name the option and never hold a secret
                return ConnectionVerdict.configurationProblem(connector, authType, invalid.getMessage(),
                        "Check the connection document", Map.of());
            }
        }
        return ConnectionVerdict.configurationProblem(connector, authType,
                "The test could not run (" + e.getClass().getSimpleName() + ")",
                "Run again with --verbose for details", Map.of());
    }
}
