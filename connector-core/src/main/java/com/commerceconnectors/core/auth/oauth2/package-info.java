/**
 * OAuth2 grants (client credentials, password, refresh token, JWT bearer) with a single-flight token cache and token
 * revocation; the endpoints are a connector's (Oro's {@code /oauth2-token}, Commerce Layer's auth server).
 */
package com.commerceconnectors.core.auth.oauth2;
