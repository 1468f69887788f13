package com.commerceconnectors.oro;

import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where an endpoint's connection comes from: exactly one of a bean, a document, options, or the registry's only one. */
class OroConnectionSourcesTest extends OroSandboxSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        oro.seedProducts(2);
    }

    @Test
    void theRegistrysOnlyConnectionIsUsedWithoutNamingIt() throws Exception {
        context.getRegistry().bind("anything", backOfficeOAuthConnection("/admin/api"));
        context.start();
        assertThat(send("oro:products", null, Map.of()).getMessage().getBody(List.class)).hasSize(2);
    }

    @Test
    void aConnectionDocumentIsLoadedAndValidated(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("oro.yaml");
        Files.writeString(doc, """
                name: from-file
                connector: oro
                baseUri: %s
                apiPath: /admin/api
                auth:
                  type: oauth2
                  grantType: client_credentials
                  clientId: %s
                  clientSecret: %s
                """.formatted(oro.baseUri(), OroSandbox.BACKOFFICE_CLIENT_ID, OroSandbox.BACKOFFICE_CLIENT_SECRET));
        context.start();
        assertThat(send("oro:products?connectionResource=file:" + doc, null, Map.of()).getException()).isNull();
        Files.writeString(doc, "name: broken\nconnector: oro\nbaseUri: " + oro.baseUri() + "\nauth:\n  type: oauth2\n");
        assertThatThrownBy(() -> send("oro:users?connectionResource=file:" + doc, null, Map.of()))
                .hasStackTraceContaining("/auth/clientId");
    }

    @Test
    void twoSourcesOrAnotherPlatformsConnectionAreRefusedAtStart() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        context.getRegistry().bind("shop", connection("""
                {"name":"shop","connector":"magento2","baseUri":"http://127.0.0.1:1/rest",
                 "auth":{"type":"bearer","token":"abc"}}"""));
        context.start();
        assertThatThrownBy(() -> send("oro:products?connection=#oro&baseUri=" + oro.baseUri() + "&bearerToken=t", null, Map.of()))
                .hasStackTraceContaining("more than one way");
        assertThatThrownBy(() -> send("oro:products?connection=#shop", null, Map.of()))
                .hasStackTraceContaining("is for magento2, not oro");
    }

    @Test
    void secretOptionsNeverShowInTheEndpointUriTheConfigurationOrAFailure() throws Exception {
        context.start();
        String secret = "s3cr3t-client-secret-xyz";
        String uri = "oro:products?baseUri=" + oro.baseUri() + "&apiPath=/admin/api&clientId="
                + OroSandbox.BACKOFFICE_CLIENT_ID + "&clientSecret=RAW(" + secret + ")";
        var exchange = send(uri, null, Map.of());
        OroEndpoint endpoint = context.getEndpoint(uri, OroEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain(secret);
        assertThat(endpoint.getConfiguration().toString()).doesNotContain(secret);
        assertThat(endpoint.getConnection().toString()).doesNotContain(secret);
        assertThat(failure(exchange).getMessage()).doesNotContain(secret);
        var token = oro.requests().entries().stream().filter(r -> r.routePath().equals("/oauth2-token")).findFirst();
        assertThat(token).isPresent();
    }
}
