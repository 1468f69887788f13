package com.commerceconnectors.magento2.health;

import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.core.camel.ConnectionReadinessChecks;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedResource;

/**
 * The magento2 readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection the
 * context's magento2 endpoints use, with id {@code magento2-<connection name>}, registered with Camel's health check
 * registry while at least one started endpoint uses the connection.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure: it reports it without calling Magento again, however often the
 * probe runs, because six failed sign-ins lock a Magento admin for 30 minutes. An operator releases a latch after
 * fixing the credentials on Magento's side by one of:
 * <ul>
 *   <li>JMX: this service's operations {@code resetLatches()} and {@code resetLatch(checkId)} (Camel exposes it when
 *       camel-management is on the classpath and JMX is enabled);</li>
 *   <li>code: {@code Magento2ReadinessChecks.of(context).resetLatches()}, or
 *       {@code HealthCheckHelper.getHealthCheck(context, "magento2-shop", ConnectionReadinessCheck.class).resetLatch()};</li>
 *   <li>re-creating the check: stopping and starting the routes that use the connection, or the context; a changed
 *       connection (new credentials in the document) gets a new, unlatched check.</li>
 * </ul>
 */
@ManagedResource(description = "Magento 2 connection readiness checks; reset a latched authentication failure here")
public final class Magento2ReadinessChecks extends ConnectionReadinessChecks<ConnectionIdentity> {

    private Magento2ReadinessChecks(CamelContext context) {
        // connections that differ only in timeouts or store code share a check
        super(context, "magento2", ConnectionIdentity::of);
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static Magento2ReadinessChecks of(CamelContext context) {
        return of(context, Magento2ReadinessChecks.class, Magento2ReadinessChecks::new);
    }
}
