package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;

/**
 * Hands out the state of each connection's sign-in latch: {@link #IN_MEMORY} by default, or a store shared by the
 * nodes of a cluster. {@link AuthLatches} asks once per connection (see {@link AuthLatches#useStore}); a CamelContext
 * uses the single bean of this type in its registry, if there is one (see {@code ConnectorClients}).
 * <p>
 * A shared store must tell connections apart the way {@link AuthLatches} does — a changed document, new credentials
 * above all, is another latch — without putting a secret where others can read it: {@link SignInId} does both.
 */
@FunctionalInterface
public interface AuthLatchStore {

    /** Each latch's state in this JVM only. */
    AuthLatchStore IN_MEMORY = connection -> new InMemoryAuthLatchState(connection.name());

    /** The latch state of this connection (its sign-in account: endpoint overrides do not matter). */
    AuthLatchState stateFor(Connection connection);
}
