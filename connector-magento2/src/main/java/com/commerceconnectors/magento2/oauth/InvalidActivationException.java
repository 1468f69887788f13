package com.commerceconnectors.magento2.oauth;

/** An activation POST that is not what Magento sends; its message names fields, never their values. */
public final class InvalidActivationException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidActivationException(String message) {
        super(message);
    }
}
