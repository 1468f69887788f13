package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;

import java.util.Objects;

/**
 * The {@code oauth_*} parameters of one signed request (RFC 5849 §3.1), except {@code oauth_signature_method}, which
 * comes from the {@link SignatureAlgorithm}, and {@code oauth_signature} itself. {@code toString()} masks the token and
 * the verifier.
 *
 * @param consumerKey {@code oauth_consumer_key}
 * @param token       {@code oauth_token}; {@code null} before there is one (the temporary-credentials request)
 * @param timestamp   {@code oauth_timestamp}, seconds since 1970
 * @param nonce       {@code oauth_nonce}
 * @param version     {@code oauth_version}, {@code "1.0"} or {@code null} to leave it out (it is optional)
 * @param callback    {@code oauth_callback} of the temporary-credentials request, else {@code null}
 * @param verifier    {@code oauth_verifier} of the token request, else {@code null}
 */
public record ProtocolParameters(String consumerKey, Secret token, long timestamp, String nonce, String version,
                                 String callback, Secret verifier) {

    public static final String VERSION = "1.0";

    /** @throws ApiException (CONFIGURATION) for a missing consumer key, nonce or a timestamp before 1970 */
    public ProtocolParameters {
        if (consumerKey == null || consumerKey.isEmpty()) {
            throw ApiException.configuration("auth.consumerKey is empty", "Copy the consumer key from the platform's integration page");
        }
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.isEmpty()) {
            throw new IllegalArgumentException("the nonce must not be empty");
        }
        if (timestamp <= 0) {
            throw ApiException.configuration("The clock is before 1970, so no OAuth timestamp can be made",
                    "Set this machine's clock (NTP)");
        }
    }

    /** An ordinary resource request: consumer key and access token, version 1.0. */
    public static ProtocolParameters of(String consumerKey, Secret token, long timestamp, String nonce) {
        return new ProtocolParameters(consumerKey, token, timestamp, nonce, VERSION, null, null);
    }

    public ProtocolParameters withVersion(String newVersion) {
        return new ProtocolParameters(consumerKey, token, timestamp, nonce, newVersion, callback, verifier);
    }

    public ProtocolParameters withCallback(String newCallback) {
        return new ProtocolParameters(consumerKey, token, timestamp, nonce, version, newCallback, verifier);
    }

    public ProtocolParameters withVerifier(Secret newVerifier) {
        return new ProtocolParameters(consumerKey, token, timestamp, nonce, version, callback, newVerifier);
    }
}
