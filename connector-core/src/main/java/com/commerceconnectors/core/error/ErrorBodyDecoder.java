package com.commerceconnectors.core.error;

import com.commerceconnectors.core.http.ApiResponse;

/**
 * Reads a platform's error answer into a {@link DecodedError}. Connectors with a body shape of their own implement
 * this and fall back to {@link #standard()} for everything else.
 */
@FunctionalInterface
public interface ErrorBodyDecoder {

    /** Never {@code null} and never throws: a body that cannot be read is reported as such. */
    DecodedError decode(ApiResponse response);

    static ErrorBodyDecoder standard() {
        return StandardErrorBodyDecoder.INSTANCE;
    }
}
