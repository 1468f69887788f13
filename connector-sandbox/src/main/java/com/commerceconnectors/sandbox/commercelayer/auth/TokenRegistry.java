package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.log.Redaction;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the auth server remembers about issued tokens: revoked access tokens (by fingerprint), and refresh tokens
 * with what they may be exchanged for. An access token and the refresh token issued with it are one grant, as in
 * Doorkeeper: revoking either revokes both.
 */
final class TokenRegistry {

    /** A live refresh token: who may use it, for whom, with which scope, until when. */
    record RefreshGrant(String applicationId, Owner owner, String scope, Instant expiresAt, String accessFingerprint) {
    }

    private final Map<String, RefreshGrant> refreshTokens = new HashMap<>();
    private final Map<String, String> refreshByAccess = new HashMap<>();
    private final Set<String> revokedAccess = new HashSet<>();
    private int revocations;

    synchronized void issued(IssuedToken token, String applicationId, Instant refreshExpiresAt) {
        if (token.refreshToken() != null) {
            String access = Redaction.fingerprint(token.accessToken());
            refreshTokens.put(token.refreshToken(), new RefreshGrant(applicationId, token.owner(), token.scope(),
                    refreshExpiresAt, access));
            refreshByAccess.put(access, token.refreshToken());
        }
    }

    synchronized boolean isRevoked(String accessToken) {
        return revokedAccess.contains(Redaction.fingerprint(accessToken));
    }

    /** The grant of a refresh token that is still usable at {@code now}. */
    synchronized Optional<RefreshGrant> refreshGrant(String refreshToken, Instant now) {
        RefreshGrant grant = refreshTokens.get(refreshToken);
        if (grant == null || !now.isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    synchronized Optional<RefreshGrant> anyRefreshGrant(String refreshToken) {
        return Optional.ofNullable(refreshTokens.get(refreshToken));
    }

    /** The refresh token was exchanged: it cannot be used again (rotation); its access token stays valid. */
    synchronized void consumed(String refreshToken) {
        RefreshGrant grant = refreshTokens.remove(refreshToken);
        if (grant != null) {
            refreshByAccess.remove(grant.accessFingerprint());
        }
    }

    synchronized void revokeAccessToken(String accessToken) {
        String access = Redaction.fingerprint(accessToken);
        revokedAccess.add(access);
        String refresh = refreshByAccess.remove(access);
        if (refresh != null) {
            refreshTokens.remove(refresh);
        }
        revocations++;
    }

    synchronized void revokeRefreshToken(String refreshToken) {
        RefreshGrant grant = refreshTokens.remove(refreshToken);
        if (grant != null) {
            revokedAccess.add(grant.accessFingerprint());
            refreshByAccess.remove(grant.accessFingerprint());
        }
        revocations++;
    }

    synchronized int revocations() {
        return revocations;
    }
}
