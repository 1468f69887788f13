package com.commerceconnectors.magento2.oauth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.auth.oauth1.NonceGenerator;
import com.commerceconnectors.core.auth.oauth1.OAuth1Signer;
import com.commerceconnectors.core.auth.oauth1.ProtocolParameters;
import com.commerceconnectors.core.auth.oauth1.SignatureAlgorithm;
import com.commerceconnectors.core.auth.oauth1.SignatureAlgorithms;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.error.SafeUri;
import com.commerceconnectors.core.error.SecretRedactor;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.http.TransportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The consumer's half of Magento's integration activation (the OAuth 1.0a token exchange): with what Magento posted to
 * the callback URL, {@code POST {store}/oauth/token/request} signed with the consumer key and secret only, then
 * {@code POST {store}/oauth/token/access} signed with the request token and its secret and carrying the verifier. Both
 * are signed with HMAC-SHA256 and sent once: a repeat would be refused (the verifier and the request token are single
 * use), so nothing is retried. Failures are {@link ApiException}s that say which step failed and what to do, without
 * a secret. Thread-safe; close it to release its connections.
 */
public final class IntegrationActivation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationActivation.class);
    /** The one method Magento 2.4.4+ accepts, and 2.3 too. */
    private static final SignatureMethod METHOD = SignatureMethod.HMAC_SHA256;
    /** No callback to redirect to: the tokens go straight to this program (RFC 5849 §2.1 "out of band"). */
    private static final String OUT_OF_BAND = "oob";

    private final ConnectorClient client;
    private final Clock clock;
    private final NonceGenerator nonces = new NonceGenerator();

    private IntegrationActivation(ConnectorClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An activation client with its own connections: timeouts, TLS trust and proxy from {@code settings}, OAuth
     * timestamps from {@code clock}.
     */
    public static IntegrationActivation create(TransportSettings settings, Clock clock) {
        ConnectorClient client = ConnectorClient.builder()
                .platformName("Magento")
                .transportSettings(settings)
                .authPolicy(AuthPolicy.none())
                .retryPolicy(RetryPolicy.NONE)
                .maxRedirects(0)
                .errorDecoder(TokenEndpointErrors.DECODER)
                .errorAdvisor(TokenEndpointErrors.ADVISOR)
                .clock(clock)
                .build();
        return new IntegrationActivation(client, clock);
    }

    /**
     * Runs the exchange for one activation.
     *
     * @throws ApiException when Magento refuses a step (e.g. the consumer key expired: more than 5 minutes passed
     *                      since "Activate"), cannot be reached, or answers something else than tokens
     */
    public IntegrationTokens exchange(ActivationCallback callback) {
        Objects.requireNonNull(callback, "callback");
        List<Secret> secrets = List.of(callback.consumerSecret(), callback.verifier());
        LOG.info("Requesting a request token from {}", SafeUri.of(callback.tokenRequestUri()));
        TokenPair request = post("request token", callback.tokenRequestUri(),
                SignatureAlgorithms.hmac(METHOD, callback.consumerSecret(), null),
                parameters(callback.consumerKey(), null).withCallback(OUT_OF_BAND), secrets);
        LOG.info("Exchanging it for the access token at {}", SafeUri.of(callback.tokenAccessUri()));
        TokenPair access = post("access token", callback.tokenAccessUri(),
                SignatureAlgorithms.hmac(METHOD, callback.consumerSecret(), request.secret()),
                parameters(callback.consumerKey(), request.token()).withVerifier(callback.verifier()),
                List.of(callback.consumerSecret(), callback.verifier(), request.token(), request.secret()));
        return new IntegrationTokens(callback.storeBaseUrl(), callback.consumerKey(), callback.consumerSecret(),
                access.token(), access.secret());
    }

    private ProtocolParameters parameters(String consumerKey, Secret token) {
        return ProtocolParameters.of(consumerKey, token, clock.instant().getEpochSecond(), nonces.next());
    }

    private TokenPair post(String step, URI uri, SignatureAlgorithm algorithm, ProtocolParameters oauth,
                           List<Secret> secrets) {
        ApiRequest unsigned = ApiRequest.post(uri).withIdempotent(false);
        ApiRequest request = unsigned.withSecretHeader("Authorization",
                new OAuth1Signer(algorithm, null).sign(unsigned, oauth).authorizationHeader());
        ApiResponse response;
        try {
            response = client.send(request, RetryPolicy.NONE);
        } catch (ApiException e) {
            throw refused(step, e, secrets);
        }
        FormFields form;
        try {
            form = FormFields.parse(response.bodyAsString());
        } catch (IllegalArgumentException e) {
            throw notTokens(step, request, response);
        }
        if (form.value("oauth_problem").isPresent()) {
            throw ApiException.builder(ErrorCategory.AUTHENTICATION, FailureReason.TOKEN_ENDPOINT)
                    .status(response.status())
                    .summary("Magento refused the " + step + ": "
                            + SecretRedactor.redact(form.value("oauth_problem").get(), secrets))
                    .advice("Activate the integration again (System > Extensions > Integrations > Reauthorize)")
                    .request(request.method().name(), request.uri())
                    .build();
        }
        if (form.value("oauth_token").isEmpty() || form.value("oauth_token_secret").isEmpty()) {
            throw notTokens(step, request, response);
        }
        return new TokenPair(Secret.of(form.value("oauth_token").get()), Secret.of(form.value("oauth_token_secret").get()));
    }

    private static ApiException refused(String step, ApiException e, List<Secret> secrets) {
        String said = e.platformMessage().map(m -> SecretRedactor.redact(m, secrets)).orElse(null);
        String summary = e.status() == 0 ? "The " + step + " could not be requested: " + e.summary()
                : "Magento refused the " + step + " (HTTP " + e.status() + ")" + (said != null ? ": " + said : "");
        return e.toBuilder().summary(summary).platformMessage(said).build();
    }

    private static ApiException notTokens(String step, ApiRequest request, ApiResponse response) {
        String type = response.mediaType().isEmpty() ? "no content type" : response.mediaType();
        // the body is not quoted: it may hold half a credential
        return ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                .status(response.status())
                .summary("Magento answered the " + step + " request without oauth_token and oauth_token_secret ("
                        + response.bodyLength() + " bytes, " + type + ")")
                .advice("Check that store_base_url is the store's own base URL: a proxy, a login or a maintenance page"
                        + " may have answered instead")
                .request(request.method().name(), request.uri())
                .build();
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "IntegrationActivation[" + METHOD + "]";
    }

    /** A token and its secret, as the token endpoints answer them. */
    private record TokenPair(Secret token, Secret secret) {
    }
}
