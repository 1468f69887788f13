package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.oauth1.BaseStringUri;

/**
 * The URL Magento signs: {@code getScheme()://getHttpHost(false)getRequestUri()}, normalised to scheme, host, port
 * and path. The sandbox serves plain HTTP, so a client that signs {@code https://…} (as behind a TLS offloader that
 * Magento is not told about) is refused, as it would be.
 */
public final class RequestUrls {

    private RequestUrls() {
    }

    public static String baseUri(SandboxRequest request) {
        return BaseStringUri.of("http", request.header("Host").orElse(""), request.rawPath());
    }
}
