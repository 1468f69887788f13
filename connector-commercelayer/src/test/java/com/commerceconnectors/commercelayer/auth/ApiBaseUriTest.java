package com.commerceconnectors.commercelayer.auth;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organization's API address from a token's iss and organization.slug, as commercelayer-js-auth derives it. */
class ApiBaseUriTest {

    private static TokenClaims claims(String json) throws Exception {
        return TokenClaims.of(new ObjectMapper().readTree(json));
    }

    @Test
    void theAuthLabelOfTheIssuerBecomesTheSlug() throws Exception {
        assertThat(ApiBaseUri.fromClaims(claims("""
                {"iss":"https://auth.commercelayer.io","organization":{"slug":"acme"}}""")))
                .isEqualTo(URI.create("https://acme.commercelayer.io"));
    }

    @Test
    void schemePortAndPathOfTheIssuerAreKept() throws Exception {
        assertThat(ApiBaseUri.fromClaims(claims("""
                {"iss":"http://auth.commercelayer.test:8443/cl/","organization":{"slug":"sandbox-org"}}""")))
                .isEqualTo(URI.create("http://sandbox-org.commercelayer.test:8443/cl"));
    }

    @Test
    void anyOtherIssuerMeansTheGlobalDomain() throws Exception {
        assertThat(ApiBaseUri.fromClaims(claims("""
                {"iss":"http://127.0.0.1:4711/commercelayer/auth","organization":{"slug":"Acme"}}""")))
                .isEqualTo(URI.create("https://acme.commercelayer.io"));
        assertThat(ApiBaseUri.fromClaims(claims("""
                {"organization":{"slug":"acme"}}""")))
                .isEqualTo(URI.create("https://acme.commercelayer.io"));
    }

    @Test
    void aTokenWithoutAUsableSlugAsksForBaseUri() {
        for (String json : new String[] {"{\"iss\":\"https://auth.commercelayer.io\"}",
                "{\"organization\":{\"slug\":\"evil.example.com/x\"}}"}) {
            assertThatThrownBy(() -> ApiBaseUri.fromClaims(claims(json)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                        assertThat(e.advice()).get().asString().contains("baseUri");
                    });
        }
    }

    @Test
    void theRevokeEndpointSitsBesideTheTokenEndpoint() {
        assertThat(AuthServer.revokeUriFor(AuthServer.DEFAULT_TOKEN_URI))
                .isEqualTo(URI.create("https://auth.commercelayer.io/oauth/revoke"));
        assertThat(AuthServer.revokeUriFor(URI.create("http://127.0.0.1:9/commercelayer/auth/oauth/token")))
                .isEqualTo(URI.create("http://127.0.0.1:9/commercelayer/auth/oauth/revoke"));
        assertThat(AuthServer.revokeUriFor(URI.create("https://login.example.com/token"))).isNull();
    }
}
