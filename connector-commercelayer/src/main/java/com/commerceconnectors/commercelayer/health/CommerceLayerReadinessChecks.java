package com.commerceconnectors.commercelayer.health;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.core.camel.ConnectionReadinessChecks;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedResource;

import java.util.function.Function;

/**
 * The commercelayer readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection
 * its endpoints use, with id {@code commercelayer-<connection name>}, registered while a started endpoint uses it.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure and reports it without asking for a token again: Commerce Layer's
 * auth endpoint allows about 30 requests a minute, and a probe retrying refused credentials would spend them for every
 * route. Release a latch after fixing the credentials with JMX operation {@code resetLatches()} of this service, in
 * code with {@code CommerceLayerReadinessChecks.of(context).resetLatches()}, or by restarting the routes; a changed
 * connection gets a new, unlatched check.
 */
@ManagedResource(description = "Commerce Layer connection readiness checks; reset a latched authentication failure here")
public final class CommerceLayerReadinessChecks extends ConnectionReadinessChecks<Connection> {

    private CommerceLayerReadinessChecks(CamelContext context) {
        // each distinct connection gets its own check
        super(context, "commercelayer", Function.identity());
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static CommerceLayerReadinessChecks of(CamelContext context) {
        return of(context, CommerceLayerReadinessChecks.class, CommerceLayerReadinessChecks::new);
    }
}
