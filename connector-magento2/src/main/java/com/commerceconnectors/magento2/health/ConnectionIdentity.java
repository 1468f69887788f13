package com.commerceconnectors.magento2.health;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Mode;

import java.net.URI;

/**
 * What decides whether a connection's calls reach the store and authenticate: endpoints whose connections differ only
 * in timeouts or store code share one readiness check, so a wrong password is tried once, not once per endpoint.
 */
record ConnectionIdentity(String name, Mode mode, Agent agent, URI baseUri, Auth auth) {

    static ConnectionIdentity of(Connection c) {
        return new ConnectionIdentity(c.name(), c.mode(), c.agent(), c.baseUri(), c.auth());
    }

    /** Only the name: the auth's own toString masks its secrets, but a log line needs no more than the name. */
    @Override
    public String toString() {
        return "ConnectionIdentity[" + name + "]";
    }
}
