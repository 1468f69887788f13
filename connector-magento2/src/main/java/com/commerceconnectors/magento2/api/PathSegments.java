package com.commerceconnectors.magento2.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encodes one path segment: a SKU with a slash becomes {@code %2F}, a space {@code %20}. */
public final class PathSegments {

    private PathSegments() {
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
