package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestAuthSpecTest {

    private static final URI BASE = URI.create("https://shop.example.com/rest/");
    private static final RequestAuthDefaults MAGENTO_ADMIN = new RequestAuthDefaults("/V1/integration/admin/token",
            HttpMethod.POST, null, "", null, null, Duration.ofHours(4));

    private static RequestAuth auth(URI tokenUri, String method, String template) {
        return new RequestAuth("admin", Secret.of("pw"), "admin", tokenUri, method, null, null, null, template, null);
    }

    @Test
    void fillsWhatTheDocumentLeavesOutFromThePresetThenTheGenericDefaults() {
        RequestAuthSpec spec = RequestAuthSpec.resolve(auth(null, null, null), MAGENTO_ADMIN, BASE);
        assertThat(spec.tokenUri()).isEqualTo(URI.create("https://shop.example.com/rest/V1/integration/admin/token"));
        assertThat(spec.method()).isEqualTo(HttpMethod.POST);
        assertThat(spec.tokenPointer()).isEmpty();
        assertThat(spec.header()).isEqualTo(HeaderTemplate.BEARER);
        assertThat(spec.ttl()).isEqualTo(Duration.ofHours(4));
        assertThat(spec.body().contentType()).isEqualTo("application/json");
    }

    @Test
    void letsTheDocumentWin() {
        RequestAuthSpec spec = RequestAuthSpec.resolve(auth(URI.create("https://login.example.com/token"), "put", "JWT {token}"),
                MAGENTO_ADMIN, BASE);
        assertThat(spec.tokenUri()).isEqualTo(URI.create("https://login.example.com/token"));
        assertThat(spec.method()).isEqualTo(HttpMethod.PUT);
        assertThat(spec.header().render(Secret.of("x"))).isEqualTo("JWT x");
    }

    @Test
    void appendsARelativeTokenUriToTheBasePath() {
        assertThat(RequestAuthSpec.absolute("V1/token", URI.create("https://h/rest"))).isEqualTo(URI.create("https://h/rest/V1/token"));
        assertThat(RequestAuthSpec.absolute("/V1/token", URI.create("https://h/rest/"))).isEqualTo(URI.create("https://h/rest/V1/token"));
    }

    @Test
    void explainsWhatIsMissingOrWrong() {
        assertConfigurationError(() -> RequestAuthSpec.resolve(auth(null, null, null), RequestAuthDefaults.GENERIC, BASE),
                "auth.tokenUri is missing");
        assertConfigurationError(() -> RequestAuthSpec.resolve(auth(URI.create("/t"), "FETCH", null), null, BASE),
                "auth.method 'FETCH' is not an HTTP method");
        assertConfigurationError(() -> RequestAuthSpec.resolve(auth(URI.create("/t"), null, "Bearer"), null, BASE),
                "auth.template must contain {token} exactly once");
        assertConfigurationError(() -> RequestAuthSpec.resolve(auth(URI.create("/t"), null, null), null, null),
                "is relative but the connection has no baseUri");
        assertConfigurationError(() -> RequestAuthSpec.resolve(new RequestAuth("a", Secret.of("p"), null, URI.create("/t"),
                null, null, "token", null, null, null), null, BASE), "auth.tokenPointer 'token' is not a JSON pointer");
        assertConfigurationError(() -> RequestAuthSpec.resolve(new RequestAuth("a", Secret.of("p"), null, URI.create("/t"),
                null, null, null, "Bad Header", null, null), null, BASE), "auth.header 'Bad Header' is not a valid HTTP header name");
    }

    @Test
    void neverPrintsThePassword() {
        RequestAuthSpec spec = RequestAuthSpec.resolve(new RequestAuth("admin", Secret.of("hunter2"), null, null, null, null,
                null, null, null, null), MAGENTO_ADMIN, BASE);
        assertThat(spec.toString()).doesNotContain("hunter2").contains("******");
        assertThat(spec.tokenRequest().toString()).doesNotContain("hunter2");
    }

    @Test
    void substitutesOnceSoAPasswordCannotInjectTheUsername() {
        BodyTemplate body = BodyTemplate.of("{\"u\":\"{username}\",\"p\":\"{password}\"}");
        assertThat(body.render("bob", "{username}\\")).isEqualTo("{\"u\":\"bob\",\"p\":\"{username}\\\\\"}");
    }

    private static void assertConfigurationError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).contains(text);
        });
    }
}
