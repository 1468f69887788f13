package com.commerceconnectors.core.error;

/**
 * The precise cause behind an {@link ErrorCategory}, so a hint can name it (a DNS failure and a refused port are both
 * {@link ErrorCategory#NETWORK}, but need different advice).
 */
public enum FailureReason {
    /** The platform answered with an HTTP error status; see {@link ApiException#status()}. */
    HTTP_STATUS,
    /** A token endpoint refused the credentials or failed. */
    TOKEN_ENDPOINT,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** Nothing listens on the host and port. */
    CONNECTION_REFUSED,
    /** No TCP connection could be made within the connect timeout. */
    CONNECT_TIMEOUT,
    /** The connection was made but no answer came within the read timeout. */
    READ_TIMEOUT,
    /** The server or something in between closed the connection without a complete answer. */
    CONNECTION_DROPPED,
    /** The agent (HTTP proxy) refused the request or its credentials. */
    PROXY,
    /** The server's certificate chain is not trusted. */
    TLS_UNTRUSTED,
    /** The server's certificate does not name the host. */
    TLS_HOSTNAME,
    /** TLS negotiation failed for another reason (protocol versions, plain HTTP on a TLS port). */
    TLS_HANDSHAKE,
    /** The answer was an HTML page where JSON was expected. */
    HTML_PAGE,
    /** The answer was not parseable JSON. */
    NOT_JSON,
    /** The answer's body exceeded the configured size limit. */
    BODY_TOO_LARGE,
    /** The platform redirected a request that is not followed (a write, too many hops). */
    REDIRECT,
    /** The platform asked to wait longer than this client is willing to wait. */
    RETRY_AFTER_TOO_LONG,
    /** The configuration cannot work as written. */
    INVALID_CONFIGURATION,
    /** The calling thread was interrupted while waiting. */
    INTERRUPTED,
    /** Anything else. */
    OTHER
}
