package com.commerceconnectors.commercelayer;

/** What a commercelayer producer does with an exchange. */
public enum CommerceLayerOperation {
    /** Reads a page of records (filter, sort, include, fields, pageSize, pageNumber), or every page with fetchAll. */
    list,
    /** Reads one record by id (header CamelCommerceLayerResourceId or the body). */
    get,
    /** Creates the record in the body with POST; never repeated after a failure whose outcome is unknown. */
    create,
    /** Updates the record with PATCH; its id comes from the header or the record. */
    update,
    /** Deletes the record named by the header, an id body, or the record's id. */
    delete,
    /** Finds the record by id or keyAttribute, then updates or creates it; header CamelCommerceLayerWriteOutcome says which. */
    upsert,
    /** Calls any path below /api/ with any method (headers CamelCommerceLayerHttpMethod and CamelCommerceLayerHttpPath). */
    raw,
    /** Checks the connection with a cheap authenticated call; the body becomes the verdict. */
    testConnection,
    /** Revokes the connection's current access token at the auth server; the next call obtains a new one. */
    revokeToken
}
