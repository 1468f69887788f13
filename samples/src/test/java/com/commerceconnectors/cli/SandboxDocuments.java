package com.commerceconnectors.cli;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Connection documents for a sandbox started in a test; credentials come from the environment, as they should. */
final class SandboxDocuments {

    static final String PASSWORD_VARIABLE = "SHOP_PASSWORD";
    static final String TOKEN_VARIABLE = "SHOP_TOKEN";

    /** The environment the documents read: the sandbox's admin password and integration token. */
    static final Map<String, String> ENV = Map.of(
            PASSWORD_VARIABLE, MagentoSandbox.ADMIN_PASSWORD,
            TOKEN_VARIABLE, MagentoSandbox.INTEGRATION_TOKEN);

    private SandboxDocuments() {
    }

    static Path admin(Path dir, Sandbox sandbox) throws IOException {
        return admin(dir, sandbox.magentoRestUri().toString());
    }

    static Path admin(Path dir, String restUri) throws IOException {
        return write(dir.resolve("admin.yaml"), """
                name: sandbox-admin
                connector: magento2
                baseUri: %s
                timeouts: {connectMs: 2000, readMs: 10000}
                auth:
                  type: requestAuth
                  username: admin
                  password: "${env:%s}"
                """.formatted(restUri, PASSWORD_VARIABLE));
    }

    static Path bearer(Path dir, Sandbox sandbox) throws IOException {
        return write(dir.resolve("bearer.json"), """
                {"name": "sandbox-integration", "connector": "magento2", "baseUri": "%s",
                 "auth": {"type": "bearer", "token": "${env:%s}"}}
                """.formatted(sandbox.magentoRestUri(), TOKEN_VARIABLE));
    }

    static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        return file;
    }
}
