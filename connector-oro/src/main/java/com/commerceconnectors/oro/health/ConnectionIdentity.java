package com.commerceconnectors.oro.health;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Mode;

import java.net.URI;

/**
 * What decides whether a connection's calls reach Oro and authenticate: endpoints whose connections differ only in
 * timeouts share one readiness check. The API path counts, since back-office and storefront credentials differ.
 */
record ConnectionIdentity(String name, Mode mode, Agent agent, URI baseUri, String apiPath, Auth auth) {

    static ConnectionIdentity of(Connection c) {
        return new ConnectionIdentity(c.name(), c.mode(), c.agent(), c.baseUri(), c.apiPath(), c.auth());
    }

    /** Only the name and API path: a log line needs no more. */
    @Override
    public String toString() {
        return "ConnectionIdentity[" + name + ", " + apiPath + "]";
    }
}
