package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.demo.DemoScenario;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connectors demo}: starts the sandbox and runs the sample flows end to end — test-connection, a full export,
 * a few changes, an incremental export — checking every count, with a progress line per step and a summary table.
 */
@Command(name = "demo",
        description = {"Starts the embedded sandbox and runs the sample flows end to end:",
            "test-connection of a Magento, an Oro and a Commerce Layer connection, an export of every Magento product,",
            "an incremental export of the products changed since, a Magento -> Commerce Layer SKU sync, an Oro export.",
            "Prints a line per step and a summary table. Exit 0 only when every step succeeded with the expected counts."},
        mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--products", paramLabel = "N", defaultValue = "2000",
            description = "Products to seed and export (default: ${DEFAULT-VALUE}).")
    private int products;

    @Option(names = "--changes", paramLabel = "N", defaultValue = "5",
            description = "Products to change before the incremental export (default: ${DEFAULT-VALUE}).")
    private int changes;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Keep the connection document and the exported files here (default: a temporary directory, removed at the end).")
    private Path workDirectory;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        DemoScenario.Settings settings;
        try {
            settings = new DemoScenario.Settings(products, changes, workDirectory);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid options: " + e.getMessage());
        }
        DemoScenario demo = new DemoScenario(context.out(), Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
        return demo.run(settings) ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
