package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

import java.time.Clock;
import java.util.Base64;
import java.util.Objects;

/**
 * Oro's WSSE UsernameToken ({@code auth.type: wsse}): every attempt, retries and replays included, gets a new nonce,
 * a new {@code Created} and so a new digest, sent as the secret headers {@code Authorization: WSSE
 * profile="UsernameToken"} and {@code X-WSSE}. Oro refuses a nonce it has seen and cannot say why it refused anything,
 * so nothing is cached and a 401 is final; {@link #advise} lists what to check. Thread-safe.
 */
public final class WsseAuthPolicy implements AuthPolicy {

    private final String username;
    private final Secret apiKey;
    private final CreatedTimestamp created;
    private final NonceSource nonces;

    WsseAuthPolicy(String username, Secret apiKey, CreatedTimestamp created, NonceSource nonces) {
        this.username = Objects.requireNonNull(username, "username");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.created = Objects.requireNonNull(created, "created");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /**
     * The policy for a connection's {@code wsse} auth; {@code Created} comes from {@code clock}.
     *
     * @throws ApiException (CONFIGURATION) when the username or the API key is missing or cannot be sent
     */
    public static WsseAuthPolicy create(WsseAuth auth, Clock clock) {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(clock, "clock");
        String username = auth.username();
        if (username.isBlank()) {
            throw ApiException.configuration("auth.username is empty",
                    "Set it to the username of the Oro user whose API key is auth.apiKey");
        }
        if (!sendable(username)) {
            throw ApiException.configuration("auth.username contains a double quote or a control character, which a"
                    + " WSSE header cannot carry", "Use the Oro user's username exactly as it is shown in the back office");
        }
        if (auth.apiKey().isEmpty()) {
            throw ApiException.configuration("auth.apiKey is empty",
                    "Generate an API key on the Oro user's profile page in the back office and copy it");
        }
        return new WsseAuthPolicy(username, auth.apiKey(), new CreatedTimestamp(clock), new NonceSource());
    }

    @Override
    public ApiRequest authorize(ApiRequest request) {
        return request.withSecretHeader("Authorization", UsernameToken.PROFILE)
                .withSecretHeader("X-WSSE", nextToken().header());
    }

    UsernameToken nextToken() {
        byte[] nonce = nonces.next();
        String time = created.next();
        return new UsernameToken(username, PasswordDigest.of(nonce, time, apiKey),
                Base64.getEncoder().encodeToString(nonce), time);
    }

    /** Every attempt already carries a new token, and Oro's empty 401 does not say a new one would help. */
    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return false;
    }

    @Override
    public String advise(FailureContext failure, String advice) {
        return WsseAdvice.advise(failure, advice);
    }

    @Override
    public String type() {
        return "wsse";
    }

    @Override
    public String toString() {
        return "WsseAuthPolicy[" + username + "]";
    }

    private static boolean sendable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
