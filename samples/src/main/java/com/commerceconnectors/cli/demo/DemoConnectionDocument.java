package com.commerceconnectors.cli.demo;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The connection document the demo writes for its sandbox: request authentication as the sandbox's admin. */
final class DemoConnectionDocument {

    static final String FILE_NAME = "sandbox-connection.json";

    private DemoConnectionDocument() {
    }

    static Path write(Path directory, Sandbox sandbox) throws IOException {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("name", "sandbox-shop");
        doc.put("connector", "magento2");
        doc.put("baseUri", sandbox.magentoRestUri().toString());
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "requestAuth");
        auth.put("username", MagentoSandbox.ADMIN_USERNAME);
        // the sandbox's public test password; a real document would say ${env:…} or enc:…
        auth.put("password", MagentoSandbox.ADMIN_PASSWORD);
        auth.put("userType", "admin");
        Path file = directory.resolve(FILE_NAME);
        Files.writeString(file, doc.toPrettyString());
        return file;
    }
}
