package com.commerceconnectors.connection;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated, immutable connection: where a platform is and how to authenticate to it. Two connections that are
 * equal share one HTTP connection pool and one token cache per CamelContext.
 *
 * @param name      the connection's name
 * @param connector which platform
 * @param mode      cloud or onPremise
 * @param agent     the agent, present exactly when mode is onPremise ({@code null} otherwise)
 * @param baseUri   the platform's base URI; {@code null} only for commercelayer (derived from the token)
 * @param apiPath   oro only: the API path ({@code /api} or {@code /admin/api}); {@code null} for other connectors
 * @param storeCode magento2 only: the store view code; {@code null} when not given
 * @param timeouts  connect and read timeouts
 * @param pool      how many HTTP connections may be open at once
 * @param auth      the auth policy
 */
public record Connection(
        String name,
        ConnectorType connector,
        Mode mode,
        Agent agent,
        URI baseUri,
        String apiPath,
        String storeCode,
        Timeouts timeouts,
        ConnectionPool pool,
        Auth auth) {

    public Connection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(auth, "auth");
    }

    public Optional<Agent> agentIfAny() {
        return Optional.ofNullable(agent);
    }

    /** Loads and validates a connection document; the factory that Camel's YAML DSL and Camel Main call. */
    public static Connection load(String location) {
        return new ConnectionLoader().load(location);
    }

    /** A copy with other endpoint-level overrides; the only fields an endpoint may change. */
    public Connection withOverrides(String storeCode, String apiPath, Timeouts timeouts) {
        return new Connection(name, connector, mode, agent, baseUri,
                apiPath != null ? apiPath : this.apiPath,
                storeCode != null ? storeCode : this.storeCode,
                timeouts != null ? timeouts : this.timeouts,
                pool,
                auth);
    }

    @Override
    public String toString() {
        // the records inside print their secrets as masks, but keep this short for log lines
        return "Connection[" + name + ", " + connector + ", " + mode + ", " + (baseUri == null ? "(baseUri from token)" : baseUri)
                + ", auth=" + auth.type() + "]";
    }
}
