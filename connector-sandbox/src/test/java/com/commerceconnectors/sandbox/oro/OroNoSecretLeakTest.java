package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.log.RecordedRequest;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys, digests, client secrets, passwords and tokens stay out of the request log and every log line. */
class OroNoSecretLeakTest extends OroFixture {

    private final StringWriter logs = new StringWriter();
    private WriterAppender appender;
    private Level previousLevel;

    @BeforeEach
    void captureEveryLogLine() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.newBuilder().setName("oro-capture-" + System.nanoTime()).setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        LoggerConfig root = context.getConfiguration().getRootLogger();
        previousLevel = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.ALL);
        context.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        root.setLevel(previousLevel);
        context.updateLoggers();
        appender.stop();
    }

    @Test
    void noCredentialIsLoggedOrRecorded() {
        List<String> secrets = new ArrayList<>(List.of(OroSandbox.ADMIN_API_KEY, OroSandbox.BACKOFFICE_CLIENT_SECRET,
                OroSandbox.STOREFRONT_CLIENT_SECRET, OroSandbox.CUSTOMER_PASSWORD));
        http.get("/admin/api/users/1", http.admin());
        http.get("/admin/api/users/1", http.wsse(OroSandbox.ADMIN_USERNAME, "0".repeat(40)));
        String backOffice = http.clientCredentialsToken();
        OroHttp.Reply storefront = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD);
        http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, "Wrong-" + OroSandbox.CUSTOMER_PASSWORD);
        String access = storefront.json().path("access_token").asText();
        secrets.add(backOffice);
        secrets.add(access);
        secrets.add(storefront.json().path("refresh_token").asText());
        http.get("/admin/api/users/1", OroHttp.Auth.bearer(backOffice));
        http.get("/admin/api/users/1", OroHttp.Auth.bearer(access));

        StringBuilder recorded = new StringBuilder();
        for (RecordedRequest request : oro.requests().entries()) {
            recorded.append(request).append('\n');
        }
        assertThat(oro.requests().size()).isEqualTo(7);
        for (String secret : secrets) {
            assertThat(recorded.toString()).doesNotContain(secret);
            assertThat(logs.toString()).doesNotContain(secret);
        }
        assertThat(recorded.toString()).doesNotContain("PasswordDigest=");
        assertThat(oro.clients().toString()).doesNotContain(OroSandbox.BACKOFFICE_CLIENT_SECRET);
    }
}
