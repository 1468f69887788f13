package com.commerceconnectors.sandbox.magento.auth;

/** The claims Magento's JwtUserToken module writes: user id, user type id, issued-at and expiry (epoch seconds). */
public record JwtClaims(long uid, int utypid, long iat, long exp) {
}
