package com.commerceconnectors.commercelayer.paging;

/** Paging cannot go on without skipping or repeating records; the export stops and says why. */
public class PagingException extends IllegalStateException {

    public PagingException(String message) {
        super(message);
    }
}
