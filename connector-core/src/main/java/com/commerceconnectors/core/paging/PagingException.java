package com.commerceconnectors.core.paging;

/** Paging cannot go on without risking a skipped or repeated record; the message says why and what to check. */
public class PagingException extends RuntimeException {

    public PagingException(String message) {
        super(message);
    }
}
