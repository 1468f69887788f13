package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Signs requests the way ScribeJava splits the job: {@link ParameterCollector collect the parameters} →
 * {@link BaseString base string} → {@link SignatureAlgorithm signature method} →
 * {@link AuthorizationHeaderWriter header}. Thread-safe and without state between calls: the timestamp and nonce come
 * in with each call, so nothing signed is ever reused.
 * <p>
 * <b>Debugging signatures.</b> At DEBUG, logger {@code com.commerceconnectors.core.auth.oauth1.BaseString} prints each
 * base string with {@code oauth_token}, {@code oauth_verifier} and credential-like parameters masked — compare it
 * with the server's. Neither the key nor the signature is ever logged.
 */
public final class OAuth1Signer {

    private static final Logger BASE_STRING_LOG = LoggerFactory.getLogger(BaseString.class);

    private final SignatureAlgorithm algorithm;
    private final String realm;
    private final String signatureMethod;
    private final AuthorizationHeaderWriter headerWriter;

    /**
     * @param realm the {@code realm} to put into the header (never signed), or {@code null}
     */
    public OAuth1Signer(SignatureAlgorithm algorithm, String realm) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.realm = realm;
        this.signatureMethod = algorithm.method().id();
        this.headerWriter = new AuthorizationHeaderWriter(realm, signatureMethod);
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The base string of {@code request} with these protocol parameters.
     *
     * @throws ApiException (CONFIGURATION) when the query or form body is not validly percent-encoded
     */
    public BaseString baseString(ApiRequest request, ProtocolParameters oauth) {
        SigningWorkspace work = SigningWorkspace.acquire();
        try {
            return baseString(request, oauth, work);
        } finally {
            work.release();
        }
    }

    /**
     * Signs {@code request} exactly as it will be sent: its method, URL (path and query as they are) and, when it is
     * {@code application/x-www-form-urlencoded}, its body.
     *
     * @throws ApiException (CONFIGURATION) when the query or form body is not validly percent-encoded
     */
    public SignedRequest sign(ApiRequest request, ProtocolParameters oauth) {
        SigningWorkspace work = SigningWorkspace.acquire();
        try {
            BaseString base = baseString(request, oauth, work);
            if (BASE_STRING_LOG.isDebugEnabled()) {
                BASE_STRING_LOG.debug("OAuth 1.0a {} base string: {}", algorithm.method(), base);
            }
            // the bytes the base string was written in are the bytes to sign
            String signature = algorithm.sign(work.baseString.bytes(), 0, work.baseString.length());
            return new SignedRequest(base, signature, headerWriter.write(oauth, signature, work.header));
        } finally {
            work.release();
        }
    }

    private BaseString baseString(ApiRequest request, ProtocolParameters oauth, SigningWorkspace work) {
        try {
            ParameterCollector.collect(request, oauth, signatureMethod, work.parameters);
        } catch (ParameterCollector.MalformedParametersException e) {
            throw ApiException.builder(ErrorCategory.CONFIGURATION, FailureReason.INVALID_CONFIGURATION)
                    .summary(e.getMessage())
                    .advice("Percent-encode every '%' that is meant literally as %25")
                    .request(request.method().name(), request.uri())
                    .build();
        }
        work.parameters.sort();
        return BaseString.write(request.method().name(), request.uri(), work.parameters, work.baseString);
    }

    @Override
    public String toString() {
        return "OAuth1Signer[" + algorithm.method() + (realm != null ? ", realm=" + realm : "") + "]";
    }
}
