package com.commerceconnectors.connection;

/** One auth policy of a connection; the permitted types mirror the {@code auth.type} values of the document. */
public sealed interface Auth permits BearerAuth, RequestAuth, OAuth1Auth, WsseAuth, OAuth2Auth {

    /** The document's {@code auth.type} value. */
    String type();
}
