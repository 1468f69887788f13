package com.commerceconnectors.sandbox.http;

/**
 * Where a request is aimed, as a platform understands it.
 *
 * @param routePath the path fault rules match against, e.g. {@code /V1/products/ABC} (prefix and scope removed)
 * @param scope     the platform's scope named in the URL, e.g. a Magento store code; {@code null} when none was given
 */
public record RequestTarget(String routePath, String scope) {
}
