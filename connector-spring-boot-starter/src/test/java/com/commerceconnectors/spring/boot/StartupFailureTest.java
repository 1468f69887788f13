package com.commerceconnectors.spring.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a user sees when startup fails because of the configuration: an invalid connection document is reported as
 * its list of violations by the failure analyzer (no stack trace), and an unknown key under a connector's prefix is
 * reported by name.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    private static void run(Map<String, Object> properties) {
        new SpringApplicationBuilder(StarterTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run()
                .close();
    }

    @Test
    void anInvalidConnectionDocumentStopsStartupWithItsViolationsAndNoStackTrace(@TempDir Path dir, CapturedOutput out)
            throws IOException {
        Path document = Files.writeString(dir.resolve("shop.yaml"), """
                name: shop
                connector: magento2
                baseUri: ftp://shop.example.com/rest
                auth:
                  type: oauth1
                  signatureMethod: RSA-SHA256
                  consumerKey: ck
                  accessToken: super-secret-access-token
                """);

        assertThatThrownBy(() -> run(Map.of("commerce.connections.shop.resource", "file:" + document)))
                .hasRootCauseInstanceOf(com.commerceconnectors.connection.ConnectionException.class);

        String report = out.getOut() + out.getErr();
        assertThat(report).contains("APPLICATION FAILED TO START")
                .contains("The connection document")
                .contains("(bean 'shop') is invalid")
                .contains("/baseUri: ")
                .contains("/auth/privateKey: ")
                .contains("Correct the connection document")
                .doesNotContain("super-secret-access-token");
        String description = report.substring(report.indexOf("APPLICATION FAILED TO START"));
        assertThat(description).doesNotContain("\tat ");
    }

    @Test
    void inlineFieldsAreValidatedTheSameWay(CapturedOutput out) {
        assertThatThrownBy(() -> run(Map.of(
                "commerce.connections.crm.connector", "oro",
                "commerce.connections.crm.base-uri", "https://crm.example.com",
                "commerce.connections.crm.auth.type", "wsse",
                "commerce.connections.crm.auth.username", "admin")))
                .hasRootCauseInstanceOf(com.commerceconnectors.connection.ConnectionException.class);

        assertThat(out.getOut() + out.getErr())
                .contains("The connection document commerce.connections.crm (bean 'crm') is invalid: 1 problem")
                .contains("/auth/apiKey: ")
                .contains("(commerce.connections.crm.auth.api-key)");
    }

    @Test
    void anUnknownKeyUnderAConnectorPrefixStopsStartupNamingTheKey(CapturedOutput out) {
        assertThatThrownBy(() -> run(Map.of("camel.component.oro.retry-max-atempts", "3")))
                .hasStackTraceContaining("camel.component.oro");

        assertThat(out.getOut() + out.getErr()).contains("APPLICATION FAILED TO START")
                .contains("camel.component.oro.retry-max-atempts");
    }
}
