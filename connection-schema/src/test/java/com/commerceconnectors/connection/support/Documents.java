package com.commerceconnectors.connection.support;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test documents under {@code src/test/resources/documents}, as files. */
public final class Documents {

    private Documents() {
    }

    public static Path root() {
        URL url = Documents.class.getClassLoader().getResource("documents");
        if (url == null) {
            throw new IllegalStateException("test resources missing: documents/");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
