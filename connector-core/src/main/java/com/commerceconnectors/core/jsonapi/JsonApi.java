package com.commerceconnectors.core.jsonapi;

/** Constants of the JSON:API media type (jsonapi.org), spoken by Oro and Commerce Layer. */
public final class JsonApi {

    /** The media type both directions use; platforms answer 406/415 without it. */
    public static final String MEDIA_TYPE = "application/vnd.api+json";

    private JsonApi() {
    }
}
