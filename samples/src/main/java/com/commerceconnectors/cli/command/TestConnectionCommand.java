package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.check.ConnectionCheck;
import com.commerceconnectors.cli.check.ConnectionVerdict;
import com.commerceconnectors.cli.check.VerdictText;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectors test-connection --connection FILE [--json]}: one cheap authenticated call through the connector's
 * Camel endpoint, and a verdict: a category, what happened and what to do.
 */
@Command(name = "test-connection",
        description = {"Tests a connection with one cheap authenticated call through its Camel endpoint.",
            "Prints the verdict: a category (OK, CONFIGURATION, AUTHENTICATION, AUTHORIZATION, NETWORK, TLS,",
            "CLOCK_SKEW, RATE_LIMITED, SERVER), what happened and what to do.",
            "Exit 0 when the connection works, 1 when it does not, 2 when the document is invalid."},
        mixinStandardHelpOptions = true)
public final class TestConnectionCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--connection", required = true, paramLabel = "FILE", description = "The connection document (JSON or YAML).")
    private Path connection;

    @Option(names = "--json", description = "Print one JSON object: {\"ok\", \"connector\", \"authType\", \"httpStatus\","
            + " \"latencyMs\", \"category\", \"message\", \"hint\", \"details\"}.")
    private boolean json;

    TestConnectionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Connection loaded;
        try {
            loaded = ConnectionDocuments.load(connection, context);
        } catch (ConnectionException invalid) {
            if (!json) {
                throw invalid; // printed with every violation, exit 2
            }
            print(ConnectionVerdict.configurationProblem(null, null, invalid.getMessage(),
                    "Fix the connection document; 'connectors validate' lists every problem",
                    Map.of("violations", invalid.violations().stream().map(v -> v.toLine()).toList())));
            return ExitCodes.INVALID_CONNECTION;
        }
        ConnectionVerdict verdict = new ConnectionCheck().test(loaded);
        print(verdict);
        return verdict.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void print(ConnectionVerdict verdict) {
        if (json) {
            context.out().println(JsonOutput.write(JsonOutput.MAPPER.valueToTree(verdict.toMap())));
        } else {
            VerdictText.lines(verdict).forEach(context.out()::println);
        }
    }
}
