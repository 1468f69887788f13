package com.commerceconnectors.connection;

/** Placeholder signatures; the loader is being written. */
public final class ConnectionLoader {
    public Connection load(String location) {
        throw new ConnectionException(location, new Violation("", "unimplemented", "not yet"));
    }
}
