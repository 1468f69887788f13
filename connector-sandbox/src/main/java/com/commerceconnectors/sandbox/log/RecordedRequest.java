package com.commerceconnectors.sandbox.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the sandbox saw it, with credentials already fingerprinted (see {@link Redaction}).
 *
 * @param at        when it arrived (by the sandbox clock)
 * @param method    HTTP method
 * @param path      the raw path, e.g. {@code /rest/all/V1/products/A%2FB}
 * @param query     the raw query, credential-like parameters fingerprinted
 * @param routePath the path without prefix and scope, e.g. {@code /V1/products/A%2FB}
 * @param scope     the scope named in the URL (a Magento store code such as {@code all}), or {@code null}
 * @param headers   request headers; {@code Authorization} and other secrets as {@code Scheme sha256:…}
 * @param status    the HTTP status sent, or {@code -1} when no response was sent (a dropped connection)
 * @param fault     the injected fault, or {@code null}
 */
public record RecordedRequest(Instant at, String method, String path, String query, String routePath, String scope,
                              Map<String, List<String>> headers, int status, String fault) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }

    /** The fingerprinted {@code Authorization} header, e.g. {@code Bearer sha256:0a1b2c3d4e5f}. */
    public Optional<String> authorization() {
        return header("Authorization");
    }

    public Optional<String> storeCode() {
        return Optional.ofNullable(scope);
    }
}
