package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.connection.ValidationReport;
import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectors validate --connection FILE [--json]}: every error and warning of a connection document, with its
 * placeholders resolved from the environment (and its {@code enc:} secrets decrypted, to prove the key works).
 */
@Command(name = "validate",
        description = {"Checks a connection document and lists every problem.",
            "Prints one line per problem, \"<pointer>: <message>\"; warnings start with \"warning: \".",
            "Placeholders are resolved from the environment and enc: secrets decrypted with " + SecretCipher.KEY_VARIABLE + ".",
            "Exit 0 when valid (warnings allowed), 2 when not."},
        mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateCommand.class);

    private final CliContext context;

    @Option(names = "--connection", required = true, paramLabel = "FILE", description = "The connection document (JSON or YAML).")
    private Path connection;

    @Option(names = "--json", description = "Print one JSON object: {\"valid\", \"errors\": [{\"pointer\", \"rule\", \"message\"}], \"warnings\": […]}.")
    private boolean json;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LOG.debug("Validating {}", connection);
        ConnectionLoader loader = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(context.environment()));
        ValidationReport report = loader.check(connection);
        LOG.debug("{}: {} errors, {} warnings", connection, report.errors().size(), report.warnings().size());
        if (json) {
            printJson(report);
        } else {
            report.errors().forEach(v -> context.out().println(v.toLine()));
            report.warnings().forEach(v -> context.out().println("warning: " + v.toLine()));
            context.err().println(summary(report));
        }
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID_CONNECTION;
    }

    private void printJson(ValidationReport report) {
        ObjectNode result = JsonOutput.MAPPER.createObjectNode();
        result.put("valid", report.valid());
        addAll(result.putArray("errors"), report.errors());
        addAll(result.putArray("warnings"), report.warnings());
        context.out().println(JsonOutput.write(result));
    }

    private static void addAll(ArrayNode array, List<Violation> violations) {
        for (Violation v : violations) {
            array.addObject().put("pointer", v.pointer()).put("rule", v.rule()).put("message", v.message());
        }
    }

    private String summary(ValidationReport report) {
        String warnings = report.warnings().isEmpty() ? "" : ", " + count(report.warnings().size(), "warning");
        return report.valid()
                ? connection + ": valid" + warnings
                : connection + ": invalid, " + count(report.errors().size(), "error") + warnings;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
