/**
 * Authentication: the {@link com.commerceconnectors.core.auth.AuthPolicy} seam, the policies core provides
 * (bearer, request authentication), the single-flight {@link com.commerceconnectors.core.auth.TokenCache}, and the
 * factory SPI through which connectors add presets and further policies (OAuth 1.0a, WSSE, OAuth2).
 */
package com.commerceconnectors.core.auth;
