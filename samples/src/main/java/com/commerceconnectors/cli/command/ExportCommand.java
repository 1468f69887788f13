package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.export.ExportException;
import com.commerceconnectors.cli.export.ExportFlow;
import com.commerceconnectors.cli.export.ExportRequest;
import com.commerceconnectors.cli.export.ExportResult;
import com.commerceconnectors.cli.export.ExportSummary;
import com.commerceconnectors.cli.export.ProgressPrinter;
import com.commerceconnectors.connection.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connectors export --connection FILE --resource NAME [--since ISO-8601] [--page-size N] --out FILE}: every
 * record that changed since a moment, exactly once, as NDJSON, through the connector's Camel consumer.
 */
@Command(name = "export",
        description = {"Exports every record of a resource that changed at or after --since (everything without it),",
            "exactly once, one JSON object per line (NDJSON), through the connector's Camel consumer.",
            "Records go to FILE.partial, renamed to FILE once the export is complete; progress goes to standard error.",
            "Exit 0 when complete, 1 when not (then only FILE.partial is left), 2 when the document is invalid."},
        mixinStandardHelpOptions = true,
        footer = {"", "Example:",
            "  connectors export --connection shop.yaml --resource products --since 2024-05-01T00:00:00Z --out products.ndjson"})
public final class ExportCommand implements Callable<Integer> {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--connection", required = true, paramLabel = "FILE", description = "The connection document (JSON or YAML).")
    private Path connection;

    @Option(names = "--resource", required = true, paramLabel = "NAME",
            description = "What to export: products, orders, customers, or another resource path (e.g. cmsPage/search).")
    private String resource;

    @Option(names = "--since", paramLabel = "ISO-8601", converter = SinceConverter.class,
            description = "Only records with updated_at at or after this moment (UTC when no offset is given).")
    private Instant since;

    @Option(names = "--page-size", paramLabel = "N",
            description = "Records per request, from 1 to the platform's largest page (magento2 10000, oro 100,"
                    + " commercelayer 25; default: 100, or the platform's largest when smaller).")
    private Integer pageSize;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The NDJSON file to write.")
    private Path out;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!ExportRequest.isResourceName(resource)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--resource': '" + resource
                    + "' is not a resource name; use products, orders, customers, or a path such as cmsPage/search");
        }
        Connection loaded = ConnectionDocuments.load(connection, context);
        int max = ExportRequest.maxPageSize(loaded.connector());
        int size = pageSize == null ? ExportRequest.defaultPageSize(loaded.connector()) : pageSize;
        if (size < 1 || size > max) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--page-size': must be between 1 and "
                    + max + " for " + loaded.connector().id() + ", not " + size);
        }
        ExportRequest request = new ExportRequest(loaded, resource, since, size, out);
        Clock clock = Clock.systemUTC();
        try {
            ExportResult result = new ExportFlow(clock)
                    .run(request, new ProgressPrinter(context.err(), resource, clock, PROGRESS_INTERVAL));
            ExportSummary.lines(result, since).forEach(context.out()::println);
            return ExitCodes.OK;
        } catch (ExportException e) {
            context.err().println("error: " + e.getMessage());
            if (Files.exists(request.partial())) {
                context.err().println("The export is incomplete: " + request.partial() + " holds what was written; "
                        + out + " was not created.");
            }
            return ExitCodes.FAILURE;
        }
    }
}
