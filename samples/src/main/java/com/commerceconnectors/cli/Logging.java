package com.commerceconnectors.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Log levels of a run. Logs go to standard error through the {@code log4j2.xml} in the jar, which masks values of
 * credential-like keys; {@code --verbose} turns on debug logging of our own code and of Camel. HTTP wire and header
 * logging stay off even then, because they print {@code Authorization} headers.
 */
public final class Logging {

    private static final String OURS = "com.commerceconnectors";
    private static final String CAMEL = "org.apache.camel";

    private Logging() {
    }

    public static void configure(boolean verbose) {
        Configurator.setLevel(OURS, verbose ? Level.DEBUG : Level.WARN);
        Configurator.setLevel(CAMEL, verbose ? Level.DEBUG : Level.WARN);
    }
}
