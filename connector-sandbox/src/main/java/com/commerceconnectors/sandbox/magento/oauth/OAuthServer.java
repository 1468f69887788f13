package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.magento.MagentoSettings;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.commerceconnectors.sandbox.magento.integration.Integrations;
import com.commerceconnectors.sandbox.magento.integration.OAuthToken;
import com.commerceconnectors.sandbox.magento.integration.TokenPair;
import com.commerceconnectors.sandbox.magento.integration.TokenRow;
import com.commerceconnectors.sandbox.magento.integration.TokenType;
import com.commerceconnectors.sandbox.oauth1.CollectedParameters;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;
import com.commerceconnectors.sandbox.oauth1.SignatureVerifier;
import com.commerceconnectors.sandbox.oauth1.VerificationKeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Magento's {@code Framework\Oauth\Oauth} with its token provider and nonce generator: the three OAuth operations
 * (check an API call, issue a request token, exchange it for an access token), each making Magento's checks in
 * Magento's order. Note that the nonce is recorded before the signature is checked, so a refused request still
 * uses up its nonce, as on a real store.
 */
public final class OAuthServer {

    /** Characters of consumer keys, tokens and verifiers ({@code Helper\Oauth::LENGTH_*}). */
    public static final int CREDENTIAL_LENGTH = 32;
    /** Seconds a timestamp may lie in the future ({@code Nonce\Generator::TIME_DEVIATION}). */
    public static final long TIME_DEVIATION_SECONDS = 600;

    private static final List<String> REQUIRED = List.of("oauth_consumer_key", "oauth_signature",
            "oauth_signature_method", "oauth_nonce", "oauth_timestamp");

    private final Integrations integrations;
    private final NonceRegistry nonces;
    private final MagentoSettings settings;
    private final Clock clock;

    public OAuthServer(Integrations integrations, NonceRegistry nonces, MagentoSettings settings, Clock clock) {
        this.integrations = integrations;
        this.nonces = nonces;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * An API call signed with an access token ({@code validateAccessTokenRequest}).
     *
     * @return the consumer's integration; the caller decides what an inactive one may do
     * @throws OAuthProblem when Magento would refuse the request
     */
    public Integration validateAccessTokenRequest(CollectedParameters parameters, String baseUri,
                                                  String httpMethod) {
        Integration consumer = validateProtocolParameters(parameters, required("oauth_token"));
        TokenRow row = findToken(parameters.values().get("oauth_token"));
        if (row.integrationId() != consumer.id()) {
            throw OAuthProblem.rejected("Token is not associated with the specified consumer");
        }
        if (row.token().type() != TokenType.ACCESS) {
            throw OAuthProblem.rejected("Token is not an access token");
        }
        if (row.token().revoked()) {
            throw OAuthProblem.rejected("Access token has been revoked");
        }
        validateSignature(parameters, consumer, row.token().secret(), baseUri, httpMethod);
        return consumer;
    }

    /** {@code POST /oauth/token/request}: signed with the consumer key and secret only. */
    public TokenPair requestToken(CollectedParameters parameters, String baseUri, String httpMethod) {
        Integration consumer = validateProtocolParameters(parameters, REQUIRED);
        if (expired(consumer, clock.instant())) {
            throw OAuthProblem.rejected("Consumer key has expired");
        }
        validateSignature(parameters, consumer, null, baseUri, httpMethod);
        if (integrations.token(consumer.id()).isEmpty()) {
            throw OAuthProblem.rejected("A token with consumer ID %1 does not exist", String.valueOf(consumer.id()));
        }
        return integrations.convert(consumer.id(), TokenType.VERIFIER, TokenType.REQUEST).orElseThrow(
                () -> OAuthProblem.rejected(
                        "Cannot create request token because consumer token is not a verifier token"));
    }

    /** {@code POST /oauth/token/access}: signed with the request token and its secret, carrying the verifier. */
    public TokenPair accessToken(CollectedParameters parameters, String baseUri, String httpMethod) {
        Integration consumer = validateProtocolParameters(parameters, required("oauth_token", "oauth_verifier"));
        TokenRow row = findToken(parameters.values().get("oauth_token"));
        if (row.integrationId() != consumer.id()) {
            throw OAuthProblem.rejected("Request token is not associated with the specified consumer");
        }
        OAuthToken token = row.token();
        if (token.type() != TokenType.REQUEST) {
            throw OAuthProblem.rejected("Token is already being used");
        }
        String verifier = parameters.values().get("oauth_verifier");
        if (byteLength(verifier) != CREDENTIAL_LENGTH) {
            throw OAuthProblem.rejected("Verifier is not the correct length");
        }
        if (!MessageDigest.isEqual(verifier.getBytes(StandardCharsets.UTF_8),
                token.verifier().getBytes(StandardCharsets.UTF_8))) {
            throw OAuthProblem.rejected("Token verifier and verifier token do not match");
        }
        validateSignature(parameters, consumer, token.secret(), baseUri, httpMethod);
        return integrations.convert(consumer.id(), token.token(), TokenType.REQUEST, TokenType.ACCESS).orElseThrow(
                () -> OAuthProblem.rejected(
                        "Cannot get access token because consumer token is not a request token"));
    }

    /** {@code _validateProtocolParams}: version, required, token length, method, consumer, then timestamp and nonce. */
    private Integration validateProtocolParameters(CollectedParameters parameters, List<String> required) {
        Optional<String> version = parameters.value("oauth_version");
        if (version.isPresent() && !version.get().equals("1.0")) {
            throw OAuthProblem.invalidInput("The \"%1\" Oauth version isn't supported.", version.get());
        }
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (parameters.value(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw OAuthProblem.required(missing);
        }
        Optional<String> token = parameters.value("oauth_token");
        if (token.isPresent() && byteLength(token.get()) != CREDENTIAL_LENGTH) {
            throw OAuthProblem.invalidInput("The token length is invalid. Check the length and try again.");
        }
        signatureMethod(parameters);
        Integration consumer = consumerByKey(parameters.values().get("oauth_consumer_key"));
        validateNonce(consumer, parameters.values().get("oauth_nonce"), parameters.values().get("oauth_timestamp"));
        return consumer;
    }

    private SignatureMethod signatureMethod(CollectedParameters parameters) {
        String name = parameters.values().get("oauth_signature_method");
        return SignatureMethod.fromWireName(name)
                .filter(settings.oauthSignatureMethods()::contains)
                .orElseThrow(() -> OAuthProblem.invalidInput("Signature method %1 is not supported", name));
    }

    private Integration consumerByKey(String consumerKey) {
        if (byteLength(consumerKey) != CREDENTIAL_LENGTH) {
            throw OAuthProblem.rejected("Consumer key is not the correct length");
        }
        return integrations.byConsumerKey(consumerKey).orElseThrow(
                () -> OAuthProblem.rejected("A consumer having the specified key does not exist"));
    }

    /**
     * The timestamp must be positive and at most {@value #TIME_DEVIATION_SECONDS} seconds ahead (there is no lower
     * bound). A nonce longer than the {@code varchar(32)} column cannot be stored, which Magento reports as
     * "An error occurred validating the nonce".
     */
    private void validateNonce(Integration consumer, String nonce, String timestampText) {
        Instant now = clock.instant();
        long timestamp = PhpIntegers.intval(timestampText);
        if (timestamp <= 0 || timestamp > now.getEpochSecond() + TIME_DEVIATION_SECONDS) {
            throw OAuthProblem.invalidInput("Incorrect timestamp value in the oauth_timestamp parameter");
        }
        if (byteLength(nonce) > CREDENTIAL_LENGTH) {
            throw OAuthProblem.rejected("An error occurred validating the nonce");
        }
        if (!nonces.remember(consumer.id(), nonce, timestamp, now, settings.nonceCleanupPeriod())) {
            throw OAuthProblem.rejected("The nonce is already being used by the consumer with ID %1",
                    String.valueOf(consumer.id()));
        }
    }

    private TokenRow findToken(String token) {
        if (byteLength(token) != CREDENTIAL_LENGTH) {
            throw OAuthProblem.rejected("Token is not the correct length");
        }
        return integrations.findToken(token).orElseThrow(
                () -> OAuthProblem.rejected("Specified token does not exist"));
    }

    private void validateSignature(CollectedParameters parameters, Integration consumer, String tokenSecret,
                                   String baseUri, String httpMethod) {
        SignatureMethod method = signatureMethod(parameters);
        VerificationKeys keys = VerificationKeys.of(consumer.consumerSecret(), tokenSecret,
                consumer.publicKey().orElse(null));
        if (!SignatureVerifier.verify(httpMethod, baseUri, parameters, method, keys)) {
            throw OAuthProblem.rejected("The signature is invalid. Verify and try again.");
        }
    }

    /** {@code Consumer::isValidForTokenExchange}: the key is good while fewer seconds than the period have passed. */
    private boolean expired(Integration consumer, Instant now) {
        Duration period = settings.consumerExpirationPeriod();
        return Duration.between(consumer.consumerUpdatedAt(), now).toSeconds() >= period.toSeconds();
    }

    private static List<String> required(String... more) {
        List<String> all = new ArrayList<>(REQUIRED);
        all.addAll(List.of(more));
        return all;
    }

    private static int byteLength(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }
}
