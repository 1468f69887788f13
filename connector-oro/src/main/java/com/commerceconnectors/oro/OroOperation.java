package com.commerceconnectors.oro;

/** What an oro producer does with an exchange. */
public enum OroOperation {
    /** Reads a page of the collection (filter, sort, include, fields), or every page with fetchAll. */
    list,
    /** Reads one record by id (header CamelOroResourceId or the body). */
    get,
    /** Creates the record in the body with POST; never repeated after a failure whose outcome is unknown. */
    create,
    /** Updates the record in the body with PATCH (its id, or header CamelOroResourceId). */
    update,
    /** Deletes the record named by header CamelOroResourceId, an id body, or the record's id. */
    delete,
    /** Finds the record by keyAttribute (or id), then PATCHes it or POSTs it; header CamelOroWriteOutcome says which. */
    upsert,
    /** Calls any path below the API path with any method (headers CamelOroHttpMethod and CamelOroHttpPath). */
    raw,
    /** Checks the connection with a cheap authenticated call; the body becomes the verdict. */
    testConnection
}
