package com.commerceconnectors.cluster;

/** ZooKeeper could not be asked or written to (not reachable, session lost, an unexpected answer). */
public class ZooKeeperStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ZooKeeperStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code what failed (KeeperException code or exception class)}, without the exception's own message. */
    static ZooKeeperStoreException of(String what, Exception cause) {
        String why = cause instanceof org.apache.zookeeper.KeeperException ke ? ke.code().name()
                : cause.getClass().getSimpleName();
        return new ZooKeeperStoreException(what + " failed in ZooKeeper (" + why + ")", cause);
    }
}
