package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.log.Redaction;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every credential a client sends stays out of the request log and out of every log line, at every level. */
class NoSecretLeakTest {

    private static final String NEW_CUSTOMER_PASSWORD = "Brand-new-Pa55word";

    private final StringWriter logs = new StringWriter();
    private WriterAppender appender;
    private Level previousLevel;
    private Sandbox sandbox;
    private MagentoHttp http;

    @BeforeEach
    void start() throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("capture-" + System.nanoTime()).setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        previousLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        context.updateLoggers();
        sandbox = Sandbox.start();
        http = new MagentoHttp(sandbox);
        sandbox.magento().seedProducts(5);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        root.setLevel(previousLevel);
        context.updateLoggers();
        appender.stop();
    }

    @Test
    void requestLogAndLogsHoldNoTokenNoPasswordNoIntegrationToken() {
        String adminToken = http.adminToken();
        http.adminTokenReply("admin", "a-wrong-password-9");
        String customerToken = http.customerToken(MagentoSandbox.CUSTOMER_EMAIL, MagentoSandbox.CUSTOMER_PASSWORD);
        http.get(MagentoHttp.q("/V1/products?searchCriteria[pageSize]=2"), adminToken);
        http.get("/V1/customers/me", customerToken);
        http.get("/V1/products/SBX-000001", MagentoSandbox.INTEGRATION_TOKEN);
        http.post("/V1/customers", null, "{\"customer\":{\"email\":\"leak@example.com\",\"firstname\":\"L\","
                + "\"lastname\":\"K\"},\"password\":\"" + NEW_CUSTOMER_PASSWORD + "\"}");
        http.execute(HttpRequest.newBuilder(URI.create(http.rest() + "/V1/products/SBX-000002?access_token="
                        + adminToken))
                .header("Cookie", "PHPSESSID=" + customerToken).GET().build());
        http.execute(HttpRequest.newBuilder(URI.create(http.rest() + "/V1/products/SBX-000003"))
                .header("Authorization", "OAuth oauth_token=\"" + adminToken + "\"").GET().build());

        List<String> secrets = List.of(adminToken, customerToken, MagentoSandbox.INTEGRATION_TOKEN,
                MagentoSandbox.ADMIN_PASSWORD, MagentoSandbox.CUSTOMER_PASSWORD, "a-wrong-password-9",
                NEW_CUSTOMER_PASSWORD);
        String requestLog = sandbox.magento().requests().entries().toString();
        String logLines = logs.toString();
        for (String secret : secrets) {
            assertThat(requestLog).doesNotContain(secret);
            assertThat(logLines).doesNotContain(secret);
        }
        assertThat(logLines).as("the sandbox did log these requests").contains("/rest/V1/products/SBX-000001");
        assertThat(sandbox.magento().requests().entries()).hasSize(9);
    }

    @Test
    void oauthCallsAndTheHandshakeLeaveNoCredentialInLogsOrTheRequestLog() throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        String url = http.rest() + "/V1/products/SBX-000001";
        http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", OAuthSigner.defaultIntegration()
                .header("GET", url, OAuthSigner.call(now, "leak-1"))).GET().build());
        http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", OAuthSigner.defaultIntegration()
                .tokenSecret("wrong").header("GET", url, OAuthSigner.call(now, "leak-2"))).GET().build());
        var erp = sandbox.magento().createIntegration("erp");
        Map<String, String> posted;
        try (CallbackReceiver callback = new CallbackReceiver()) {
            sandbox.magento().activateIntegration("erp", callback.uri());
            posted = callback.next().form();
        }
        String requestUri = sandbox.magento().oauthTokenRequestUri().toString();
        MagentoHttp.Reply request = http.execute(HttpRequest.newBuilder(URI.create(requestUri))
                .header("Authorization", OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null)
                        .header("POST", requestUri, OAuthSigner.call(now, "leak-3")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        Map<String, String> requestToken = CallbackReceiver.parse(request.body());
        String accessUri = sandbox.magento().oauthTokenAccessUri().toString();
        MagentoHttp.Reply access = http.execute(HttpRequest.newBuilder(URI.create(accessUri))
                .header("Authorization", OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(),
                        requestToken.get("oauth_token"), requestToken.get("oauth_token_secret")).header("POST",
                        accessUri, OAuthSigner.call(now, "leak-4").oauth("oauth_verifier",
                                posted.get("oauth_verifier"))))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        Map<String, String> accessToken = CallbackReceiver.parse(access.body());

        assertThat(access.status()).isEqualTo(200);
        List<String> secrets = List.of(MagentoSandbox.INTEGRATION_TOKEN, MagentoSandbox.INTEGRATION_TOKEN_SECRET,
                MagentoSandbox.INTEGRATION_CONSUMER_SECRET, MagentoSandbox.INTEGRATION_CONSUMER_KEY,
                erp.consumerKey(), erp.consumerSecret(), posted.get("oauth_verifier"),
                requestToken.get("oauth_token"), requestToken.get("oauth_token_secret"),
                accessToken.get("oauth_token"), accessToken.get("oauth_token_secret"));
        String requestLog = sandbox.magento().requests().entries().toString();
        String everythingPrintable = requestLog + logs + sandbox.magento().integrations().all()
                + sandbox.magento().integrations().token(erp.id()) + sandbox.magento().defaultIntegrationCredentials();
        for (String secret : secrets) {
            assertThat(everythingPrintable).doesNotContain(secret);
        }
        assertThat(requestLog).contains("/oauth/token/access").contains("oauth_nonce=\"leak-4\"");
    }

    @Test
    void authorizationIsKeptAsASchemeAndAFingerprintTestsCanCompare() {
        String token = http.adminToken();
        http.get("/V1/products/SBX-000001", token);

        RecordedRequest last = sandbox.magento().requests().last().orElseThrow();

        assertThat(last.authorization()).contains("Bearer " + Redaction.fingerprint(token));
        assertThat(Redaction.fingerprint(token)).matches("sha256:[0-9a-f]{12}");
        assertThat(last.storeCode()).isEmpty();
    }

    @Test
    void printableObjectsDoNotRevealCredentials() {
        String token = sandbox.magento().issueToken(UserType.ADMIN, "admin");

        assertThat(sandbox.toString()).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
        assertThat(sandbox.magento().accounts().admins().toString())
                .doesNotContain(MagentoSandbox.ADMIN_PASSWORD).contains("admin");
        assertThat(sandbox.magento().faults().rules().toString()).doesNotContain(token);
    }
}
