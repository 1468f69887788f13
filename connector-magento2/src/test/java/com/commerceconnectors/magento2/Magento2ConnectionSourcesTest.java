package com.commerceconnectors.magento2;

import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where an endpoint finds its connection: a document, the one bean in the registry, or none (a clear error). */
class Magento2ConnectionSourcesTest extends SandboxCamelSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(5);
        startCamel();
    }

    @Test
    void aConnectionDocumentWithAFilePlaceholderIsLoadedFromConnectionResource(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("admin-password.txt"), MagentoSandbox.ADMIN_PASSWORD + "\n");
        Path doc = dir.resolve("shop.yaml");
        Files.writeString(doc, """
                name: shop-from-file
                connector: magento2
                baseUri: %s
                storeCode: default
                auth:
                  type: requestAuth
                  username: admin
                  password: ${file:admin-password.txt}
                """.formatted(magento.restUri()));
        startCamelContext();
        List<?> page = template.requestBody("magento2:products?connectionResource=file:" + doc + "&pageSize=3", null, List.class);
        assertThat(page).hasSize(3);
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("default");
    }

    @Test
    void theOnlyConnectionInTheRegistryIsUsedWithoutNamingIt() {
        context.getRegistry().bind("onlyOne", adminConnection());
        startCamelContext();
        assertThat(template.requestBody("magento2:products?pageSize=2", null, List.class)).hasSize(2);
    }

    @Test
    void noConnectionAtAllIsAClearErrorAtStartUp() {
        startCamelContext();
        assertThatThrownBy(() -> template.requestBody("magento2:products", (Object) null))
                .hasStackTraceContaining("has no connection: set connection=#bean");
    }

    @Test
    void userTypeBesideAConnectionBeanIsASecondSourceNotIgnored() {
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
        assertThatThrownBy(() -> template.requestBody("magento2:products?connection=#shop&userType=customer", (Object) null))
                .hasStackTraceContaining("names its connection in more than one way");
    }

    @Test
    void anInvalidDocumentReportsEveryProblemWithItsPointer(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("bad.json");
        Files.writeString(doc, """
                {"name":"bad name!","connector":"magento2","baseUri":"shop.example.com",
                 "auth":{"type":"oauth1","signatureMethod":"RSA-SHA256","consumerKey":"k","accessToken":"t"}}
                """);
        startCamelContext();
        assertThatThrownBy(() -> template.requestBody("magento2:products?connectionResource=file:" + doc, (Object) null))
                .hasStackTraceContaining("/name")
                .hasStackTraceContaining("/baseUri")
                .hasStackTraceContaining("/auth/privateKey");
    }
}
