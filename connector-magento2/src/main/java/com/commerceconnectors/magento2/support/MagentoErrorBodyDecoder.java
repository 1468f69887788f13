package com.commerceconnectors.magento2.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorBodyDecoder;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Magento's error bodies as the standard decoder reads them, except that "One or more input exceptions have
 * occurred." (which names nothing) carries its nested {@code errors} in the message, so that the exception names
 * every field Magento refused and not just the headline.
 */
public final class MagentoErrorBodyDecoder implements ErrorBodyDecoder {

    public static final MagentoErrorBodyDecoder INSTANCE = new MagentoErrorBodyDecoder();

    /** Room for ten nested messages; the standard decoder caps each one. */
    private static final int MAX_MESSAGE = 1500;

    private MagentoErrorBodyDecoder() {
    }

    @Override
    public DecodedError decode(ApiResponse response) {
        DecodedError decoded = ErrorBodyDecoder.standard().decode(response);
        if (decoded.shape() != DecodedError.Shape.MESSAGE || !decoded.hasMessage() || decoded.details().isEmpty()) {
            return decoded;
        }
        List<String> parts = new ArrayList<>();
        for (String detail : decoded.details()) {
            String d = withoutFinalStop(detail.strip());
            if (!d.isEmpty() && !parts.contains(d)) {
                parts.add(d);
            }
        }
        if (parts.isEmpty()) {
            return decoded;
        }
        String message = withoutFinalStop(decoded.message().strip()) + ": " + String.join("; ", parts) + ".";
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        return new DecodedError(decoded.shape(), message, decoded.code(), decoded.details());
    }

    private static String withoutFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
