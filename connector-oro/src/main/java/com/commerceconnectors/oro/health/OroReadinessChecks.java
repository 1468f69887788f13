package com.commerceconnectors.oro.health;

import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.core.camel.ConnectionReadinessChecks;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedResource;

/**
 * The oro readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection (and API
 * path) the context's oro endpoints use, with id {@code oro-<connection name>}, registered with Camel's health check
 * registry while at least one started endpoint uses it.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure: it reports it without calling Oro again until an operator resets
 * it — through JMX ({@code resetLatches()}, {@code resetLatch(checkId)}), in code
 * ({@code OroReadinessChecks.of(context).resetLatches()}), or by restarting the routes that use the connection. A
 * WSSE key or OAuth client that Oro refuses will be refused again; probing it every few seconds only fills Oro's log.
 */
@ManagedResource(description = "Oro connection readiness checks; reset a latched authentication failure here")
public final class OroReadinessChecks extends ConnectionReadinessChecks<ConnectionIdentity> {

    private OroReadinessChecks(CamelContext context) {
        // connections that differ only in timeouts share a check; the API path counts
        super(context, "oro", ConnectionIdentity::of);
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static OroReadinessChecks of(CamelContext context) {
        return of(context, OroReadinessChecks.class, OroReadinessChecks::new);
    }
}
