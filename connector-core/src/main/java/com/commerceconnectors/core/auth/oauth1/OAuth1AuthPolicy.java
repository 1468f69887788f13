package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * OAuth 1.0a ({@code auth.type: oauth1}): signs every attempt with a fresh nonce and the current time, and sends
 * {@code Authorization: OAuth …} as a secret header. Nothing signed is cached: the client calls {@link #authorize} for
 * each attempt, so a retry or a replay carries a new nonce and timestamp. A 401 is final — an OAuth 1.0a access token
 * has no refresh — and {@link #advise} says what to check. The key (HMAC secrets, or the RSA private key, decrypted
 * with its passphrase when it is encrypted) is prepared once, when the policy is made. Thread-safe.
 * <p>
 * A URL with characters that are not ASCII is sent percent-encoded (UTF-8), and that form is what gets signed: the
 * HTTP client would otherwise write such characters in a way no server decodes as the signer did.
 */
public final class OAuth1AuthPolicy implements AuthPolicy {

    private final OAuth1Signer signer;
    private final String consumerKey;
    private final Secret accessToken;
    private final Clock clock;
    private final NonceGenerator nonces;

    OAuth1AuthPolicy(OAuth1Signer signer, String consumerKey, Secret accessToken, Clock clock, NonceGenerator nonces) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /**
     * The policy for a connection's {@code oauth1} auth; timestamps come from {@code clock}.
     *
     * @throws ApiException (CONFIGURATION) when a secret or the private key the signature method needs is missing or
     *                      unusable
     */
    public static OAuth1AuthPolicy create(OAuth1Auth auth, Clock clock) {
        if (auth.consumerKey().isBlank()) {
            throw ApiException.configuration("auth.consumerKey is empty",
                    "Copy the consumer key from the platform's integration page");
        }
        if (auth.accessToken().isEmpty()) {
            throw ApiException.configuration("auth.accessToken is empty",
                    "Copy the access token from the platform's integration page");
        }
        SignatureAlgorithm algorithm = SignatureAlgorithms.forAuth(auth);
        return new OAuth1AuthPolicy(new OAuth1Signer(algorithm, auth.realm()), auth.consumerKey(), auth.accessToken(),
                clock, new NonceGenerator());
    }

    @Override
    public ApiRequest authorize(ApiRequest request) {
        ApiRequest ascii = asciiUri(request);
        ProtocolParameters oauth = ProtocolParameters.of(consumerKey, accessToken, clock.instant().getEpochSecond(),
                nonces.next());
        SignedRequest signed = signer.sign(ascii, oauth);
        return ascii.withSecretHeader("Authorization", signed.authorizationHeader());
    }

    /** No refresh exists for an OAuth 1.0a access token: replaying would only be refused again. */
    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return false;
    }

    @Override
    public String advise(FailureContext failure, String advice) {
        return OAuth1Advice.advise(failure, advice, signer.algorithm().method());
    }

    @Override
    public String type() {
        return "oauth1";
    }

    @Override
    public String toString() {
        return "OAuth1AuthPolicy[" + signer.algorithm().method() + "]";
    }

    private static ApiRequest asciiUri(ApiRequest request) {
        URI uri = request.uri();
        String text = uri.toString();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return request.withUri(URI.create(uri.toASCIIString()));
            }
        }
        return request;
    }
}
