package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.run.RouteRun;
import com.commerceconnectors.cli.run.RouteSource;
import com.commerceconnectors.cli.run.SandboxConnections;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code connectors run [--sandbox] [--connection NAME=FILE]… ROUTES…}: runs YAML DSL files and Java DSL route
 * builders with Camel Main, each connection document bound as a bean ({@code connection=#NAME} in the routes).
 */
@Command(name = "run",
        description = {"Runs Camel routes (YAML DSL files, or Java DSL RouteBuilder class names) with Camel Main, with",
            "connection documents bound as beans, until --max-messages or --max-seconds is reached (or Ctrl-C).",
            "With --sandbox, starts the embedded sandbox and binds its connections as 'magento', 'oro' and",
            "'commercelayer', the names the sample routes use; its Commerce Layer reports rate limits it does not",
            "enforce, so requests to it are not paced by them. Exit 0 when every exchange succeeded, 1 otherwise."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  connectors run --sandbox --max-messages 200 samples/routes/magento2-incremental-export.camel.yaml",
            "  connectors run --connection magento=shop.yaml samples/routes/magento2-incremental-export.camel.yaml",
            "  connectors run --sandbox --max-seconds 30 com.commerceconnectors.samples.OroProductExport"})
public final class RunCommand implements Callable<Integer> {

    private static final Pattern BEAN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** The commercelayer component's pacing by rate-limit headers, as Camel Main binds component options. */
    private static final String UNPACED_SANDBOX = "camel.component.commercelayer.rateLimitPacing";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--sandbox", description = "Start the embedded sandbox with demo data and bind its connections.")
    private boolean sandbox;

    @Option(names = "--connection", paramLabel = "NAME=FILE",
            description = "Bind the connection document FILE as the bean NAME (repeatable); wins over --sandbox's.")
    private Map<String, Path> connections = new LinkedHashMap<>();

    @Option(names = {"-p", "--property"}, paramLabel = "KEY=VALUE",
            description = "A Camel property for {{KEY}} placeholders in the routes (repeatable).")
    private Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--max-messages", paramLabel = "N", defaultValue = "0",
            description = "Stop after N exchanges completed (default: no limit).")
    private int maxMessages;

    @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "0",
            description = "Stop after N seconds (default: no limit).")
    private int maxSeconds;

    @Parameters(arity = "1..*", paramLabel = "ROUTES", description = "YAML route files (*.yaml) or RouteBuilder class names.")
    private List<String> routes = new ArrayList<>();

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (maxMessages < 0 || maxSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--max-messages and --max-seconds cannot be negative");
        }
        List<RouteSource> sources = new ArrayList<>();
        for (String route : routes) {
            try {
                sources.add(RouteSource.parse(route));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid route: " + e.getMessage());
            }
        }
        for (String name : connections.keySet()) {
            if (!BEAN_NAME.matcher(name).matches()) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--connection': '" + name
                        + "' is not a bean name (a letter, then letters, digits, _ or -)");
            }
        }
        Map<String, Connection> beans = new LinkedHashMap<>();
        Map<String, String> camelProperties = new LinkedHashMap<>();
        Sandbox started = null;
        try {
            if (sandbox) {
                started = Sandbox.builder().start();
                SandboxConnections.seed(started);
                beans.putAll(SandboxConnections.of(started));
                // the sandbox reports the test environment's limits on every answer but does not enforce them: pacing
                // by them would only slow the samples down (a -p of the same property wins)
                camelProperties.put(UNPACED_SANDBOX, "false");
                context.err().println("run: sandbox at " + started.baseUri() + "; connections " + beans.keySet());
            }
            camelProperties.putAll(properties);
            for (Map.Entry<String, Path> document : connections.entrySet()) {
                beans.put(document.getKey(), ConnectionDocuments.load(document.getValue(), context));
            }
            context.err().flush();
            RouteRun.Outcome outcome;
            try {
                outcome = new RouteRun().run(new RouteRun.Plan(sources, beans, camelProperties, maxMessages, maxSeconds));
            } catch (Exception e) {
                // Camel's own messages name the route, the step and the cause, with endpoint URIs sanitised
                context.err().println("error: the routes could not run: " + RouteRun.describe(e));
                return ExitCodes.FAILURE;
            }
            context.err().println("run: " + outcome.routes() + " route(s), " + outcome.completed() + " exchange(s) completed, "
                    + outcome.failed() + " failed");
            return outcome.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }
}
