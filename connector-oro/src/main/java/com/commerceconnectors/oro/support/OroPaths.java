package com.commerceconnectors.oro.support;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;

/** Facts of Oro's URLs and answers that the API façade, the probe and the advisor all use. */
public final class OroPaths {

    /** Oro's default when a connection names no API path: the storefront API. */
    public static final String DEFAULT_API_PATH = "/api";

    private OroPaths() {
    }

    /** {@code /admin/api} for {@code admin/api/}, {@code /api} when blank. */
    public static String normalisedApiPath(String apiPath) {
        if (apiPath == null || apiPath.isBlank()) {
            return DEFAULT_API_PATH;
        }
        String p = apiPath.strip();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    /** Whether a failure says the record does not exist (Oro's JSON:API 404), not that the route does not. */
    public static boolean isMissingRecord(ApiException e) {
        // Oro says why in a JSON:API error document; a disabled API feature, a wrong apiPath or a proxy say nothing
        // or send an HTML page (which the decoder describes as such)
        return e.category() == ErrorCategory.NOT_FOUND && e.status() == 404 && e.platformMessage().isPresent()
                && !e.platformMessage().get().startsWith("the server answered with an HTML page");
    }
}
