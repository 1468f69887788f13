package com.commerceconnectors.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version the build wrote into {@code connectors-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/connectors-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"connectors " + properties.getProperty("version", "(unknown version)")
                + " (Java " + System.getProperty("java.version") + ")"};
    }
}
