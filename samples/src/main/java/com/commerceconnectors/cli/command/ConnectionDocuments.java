package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import java.nio.file.Path;

/** Loads the {@code --connection} document of a command, with placeholders resolved from the command's environment. */
final class ConnectionDocuments {

    private ConnectionDocuments() {
    }

    /** @throws ConnectionException listing every problem when the document is invalid (exit 2) */
    static Connection load(Path document, CliContext context) {
        return new ConnectionLoader(LoaderSettings.defaults().withEnvironment(context.environment())).load(document);
    }
}
