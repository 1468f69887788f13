package com.commerceconnectors.cli;

/**
 * The exit codes of every {@code connectors} command, the contract scripts rely on.
 *
 * <p>A missing or invalid {@code CONNECTORS_SECRET_KEY} counts as an invalid connection configuration (2): the key is
 * part of what makes a document usable, and {@code validate} reports a wrong key as an error of the document too.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Runtime failure: authentication, network, server, incomplete work. */
    public static final int FAILURE = 1;
    /** The connection document (or the key its secrets need) is invalid. */
    public static final int INVALID_CONNECTION = 2;
    /** The command line is wrong (unknown command or option, missing argument): BSD's EX_USAGE. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
