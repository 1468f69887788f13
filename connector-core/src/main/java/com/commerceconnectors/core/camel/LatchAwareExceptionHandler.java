package com.commerceconnectors.core.camel;

import com.commerceconnectors.core.auth.SignInLatchedException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * A consumer's default exception handler: a poll that failed fast because the connection's sign-in is latched is
 * logged at DEBUG (the latch logged the refusal once at WARN, and a poll a second must not repeat it); everything else
 * goes to Camel's handler as before.
 */
final class LatchAwareExceptionHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LatchAwareExceptionHandler.class);

    private final ExceptionHandler delegate;

    LatchAwareExceptionHandler(ExceptionHandler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (SignInLatchedException.of(exception).isPresent()) {
            LOG.debug("{}: {}", message != null ? message : "Poll skipped", exception.getMessage());
            return;
        }
        delegate.handleException(message, exchange, exception);
    }
}
