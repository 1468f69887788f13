package com.commerceconnectors.cli;

import com.commerceconnectors.cli.command.DemoCommand;
import com.commerceconnectors.cli.command.EncryptSecretCommand;
import com.commerceconnectors.cli.command.ExportCommand;
import com.commerceconnectors.cli.command.SandboxCommand;
import com.commerceconnectors.cli.command.TestConnectionCommand;
import com.commerceconnectors.cli.command.ValidateCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code connectors} command. Subcommands are registered here, in {@code subcommands}, and nowhere else; a
 * subcommand is a picocli {@code @Command} class whose constructor takes a {@link CliContext} (or nothing), returns
 * an exit code from {@link ExitCodes}, writes results to {@code context.out()} and diagnostics to
 * {@code context.err()}, and never calls {@code System.exit}: only {@link #main} does.
 */
@Command(name = "connectors",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Commerce connectors for Apache Camel: Magento 2, Oro and Commerce Layer.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ValidateCommand.class,
            TestConnectionCommand.class,
            ExportCommand.class,
            com.commerceconnectors.cli.command.ImportCommand.class,
            EncryptSecretCommand.class,
            com.commerceconnectors.cli.command.Magento2ActivateCommand.class,
            SandboxCommand.class,
            DemoCommand.class,
            com.commerceconnectors.cli.command.RunCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 runtime failure, 2 invalid connection document, 64 usage error."})
public final class ConnectorsCli implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    ConnectorsCli(CliContext context) {
        this.context = context;
    }

    /** Debug logging on standard error; every subcommand inherits the option. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Debug logging on standard error (secrets stay masked).")
    void setVerbose(boolean verbose) {
        Logging.configure(verbose);
    }

    @Override
    public Integer call() {
        context.err().println("error: a command is required");
        spec.commandLine().usage(context.err());
        context.err().flush();
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, CliContext.system()));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args, CliContext context) {
        Logging.configure(false);
        try {
            return commandLine(context).execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** The configured command line, for callers that need more than {@link #run}. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(ConnectorsCli.class, new CommandFactory(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler(ErrorHandlers::onParameterError);
        commandLine.setExecutionExceptionHandler(ErrorHandlers::onExecutionError);
        commandLine.setUsageHelpAutoWidth(false);
        return commandLine;
    }
}
