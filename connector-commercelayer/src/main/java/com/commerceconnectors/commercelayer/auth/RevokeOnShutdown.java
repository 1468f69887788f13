package com.commerceconnectors.commercelayer.auth;

import com.commerceconnectors.core.auth.oauth2.OAuth2AuthPolicy;
import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ApiException;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/**
 * Revokes the tokens of a CamelContext's Commerce Layer connections when the context stops, so a token does not
 * outlive the application that used it (its lifetime is 2 to 4 hours otherwise).
 * <p>
 * A service of the context, added after the context's {@link ConnectorClients}: Camel stops services in reverse order,
 * after the routes, so revocation runs once no exchange needs the token any more and while the connection pools are
 * still open. A revocation that fails is logged, never thrown: it must not keep the context from stopping.
 */
public final class RevokeOnShutdown extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RevokeOnShutdown.class);
    private static final Object CREATION = new Object();

    private final Set<OAuth2AuthPolicy> policies = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private RevokeOnShutdown() {
    }

    /** The context's service, created (after its connector clients) on first use. */
    public static RevokeOnShutdown of(CamelContext context) {
        Objects.requireNonNull(context, "context");
        RevokeOnShutdown existing = context.hasService(RevokeOnShutdown.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(RevokeOnShutdown.class);
            if (existing != null) {
                return existing;
            }
            ConnectorClients.of(context); // registered first, so stopped after this service
            RevokeOnShutdown created = new RevokeOnShutdown();
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not add token revocation on shutdown to the Camel context ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            return created;
        }
    }

    /** Revokes this policy's token when the context stops (once, however many endpoints share the policy). */
    public void add(OAuth2AuthPolicy policy) {
        policies.add(Objects.requireNonNull(policy, "policy"));
    }

    /** How many distinct token holders will be revoked. */
    public int size() {
        return policies.size();
    }

    @Override
    protected void doStop() {
        OAuth2AuthPolicy[] each;
        synchronized (policies) {
            each = policies.toArray(new OAuth2AuthPolicy[0]);
            policies.clear();
        }
        for (OAuth2AuthPolicy policy : each) {
            try {
                if (policy.revoke()) {
                    LOG.info("Revoked the Commerce Layer access token of {} on shutdown", policy.tokenUri());
                }
            } catch (ApiException e) {
                LOG.warn("Could not revoke a Commerce Layer access token on shutdown: {} {}", e.summary(),
                        e.advice().orElse(""));
            } catch (RuntimeException e) {
                LOG.warn("Could not revoke a Commerce Layer access token on shutdown ({})", e.getClass().getSimpleName());
            }
        }
    }
}
