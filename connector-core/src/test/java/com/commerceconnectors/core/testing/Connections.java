package com.commerceconnectors.core.testing;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.BearerAuth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.connection.Mode;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.Timeouts;

import java.net.URI;
import java.time.Duration;

/** Connection records for tests. */
public final class Connections {

    private Connections() {
    }

    public static Connection cloud(URI baseUri, Auth auth) {
        return new Connection("shop", ConnectorType.MAGENTO2, Mode.CLOUD, null, baseUri, null, null, Timeouts.DEFAULT, ConnectionPool.DEFAULT, auth);
    }

    public static Connection cloud(URI baseUri, Auth auth, Timeouts timeouts) {
        return new Connection("shop", ConnectorType.MAGENTO2, Mode.CLOUD, null, baseUri, null, null, timeouts, ConnectionPool.DEFAULT, auth);
    }

    public static Connection onPremise(URI baseUri, Auth auth, Agent agent) {
        return new Connection("shop", ConnectorType.MAGENTO2, Mode.ON_PREMISE, agent, baseUri, null, null, Timeouts.DEFAULT, ConnectionPool.DEFAULT, auth);
    }

    public static BearerAuth bearer(String token) {
        return new BearerAuth(Secret.of(token));
    }

    /** Request auth with a token URI and pointer; everything else generic. */
    public static RequestAuth requestAuth(String user, String password, URI tokenUri, String pointer) {
        return new RequestAuth(user, Secret.of(password), null, tokenUri, null, null, pointer, null, null, null);
    }

    public static RequestAuth requestAuth(String user, String password, URI tokenUri, String pointer, Duration ttl) {
        return new RequestAuth(user, Secret.of(password), null, tokenUri, null, null, pointer, null, null, ttl);
    }
}
