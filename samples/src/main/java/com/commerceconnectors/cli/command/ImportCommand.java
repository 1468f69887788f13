package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.export.ExportRequest;
import com.commerceconnectors.cli.imports.ImportException;
import com.commerceconnectors.cli.imports.ImportFlow;
import com.commerceconnectors.cli.imports.ImportProgressPrinter;
import com.commerceconnectors.cli.imports.ImportRequest;
import com.commerceconnectors.cli.imports.ImportResult;
import com.commerceconnectors.connection.Connection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connectors import --connection FILE --resource NAME --in FILE [--parallel N]}: one record per input line,
 * each created or updated through the connector's Camel producer ({@code operation=upsert}), and one JSON summary.
 */
@Command(name = "import",
        description = {"Imports one record per line of an NDJSON file: the bare record, or wrapped",
            "as the platform sends it ({\"product\": {...}}); blank lines are skipped.",
            "Each record is created, or updated when it exists, through the connector's",
            "Camel endpoint (operation=upsert). Prints one JSON object:",
            "{\"created\", \"updated\", \"failed\", \"errors\"}, each error",
            "{\"line\", \"key\", \"message\", \"fields\"}; progress goes to standard error.",
            "A bad line is reported and the other lines are still imported.",
            "Exit 0 when every line was imported, 1 when any was not, 2 when the",
            "connection document is invalid, 64 for a usage error."},
        mixinStandardHelpOptions = true,
        footer = {"", "Example:",
            "  connectors import --connection shop.yaml --resource products \\",
            "      --in products.ndjson --parallel 8 --url-key-from sku"})
public final class ImportCommand implements Callable<Integer> {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    private static final String STANDARD_INPUT = "-";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--connection", required = true, paramLabel = "FILE", description = "The connection document (JSON or YAML).")
    private Path connection;

    @Option(names = "--resource", required = true, paramLabel = "NAME",
            description = "What to import: products, customers or categories.")
    private String resource;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "The NDJSON file to read, one record per line; - reads standard input.")
    private String in;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "" + ImportRequest.DEFAULT_PARALLEL,
            description = "Records written at the same time, 1 to " + ImportRequest.MAX_PARALLEL
                    + " (default: ${DEFAULT-VALUE}). Lines naming the same record are written in file order.")
    private int parallel;

    @Option(names = "--key", paramLabel = "ATTRIBUTE",
            description = "oro and commercelayer: the attribute that identifies a record (default: the resource's natural"
                    + " key, e.g. sku for oro products, code for commercelayer skus).")
    private String key;

    @Option(names = "--url-key-from", paramLabel = "name|sku",
            description = "magento2 products: where a new product without a url_key gets one — name (Magento's own"
                    + " rule) or sku, for catalogues whose products share names (Magento refuses a URL key another"
                    + " product has). Existing products keep theirs.")
    private String urlKeyFrom;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!ExportRequest.isResourceName(resource)) {
            throw usage("Invalid value for option '--resource': '" + resource + "' is not a resource name; use products,"
                    + " customers or categories");
        }
        if (parallel < 1 || parallel > ImportRequest.MAX_PARALLEL) {
            throw usage("Invalid value for option '--parallel': must be between 1 and " + ImportRequest.MAX_PARALLEL
                    + ", not " + parallel);
        }
        Path file = STANDARD_INPUT.equals(in) ? null : Path.of(in);
        if (file != null) {
            checkReadable(file);
        }
        Connection loaded = ConnectionDocuments.load(connection, context);
        ImportRequest request;
        try {
            if (urlKeyFrom != null && (loaded.connector() != com.commerceconnectors.connection.ConnectorType.MAGENTO2
                    || !"products".equals(resource))) {
                throw usage("Invalid value for option '--url-key-from': it is for magento2 products, which Magento"
                        + " gives URL keys");
            }
            if (urlKeyFrom != null && !urlKeyFrom.equals("name") && !urlKeyFrom.equals("sku")) {
                throw usage("Invalid value for option '--url-key-from': use name or sku, not '" + urlKeyFrom + "'");
            }
            request = new ImportRequest(loaded, resource, file == null ? "standard input" : file.toString(), parallel, key,
                    urlKeyFrom);
            if (loaded.connector() != com.commerceconnectors.connection.ConnectorType.MAGENTO2) {
                request.jsonApiKey();
            } else if (key != null) {
                throw new IllegalArgumentException("magento2 records are found by their own key (a product's sku); "
                        + "--key is for oro and commercelayer");
            }
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--key': " + e.getMessage());
        }
        Clock clock = Clock.systemUTC();
        ImportProgressPrinter progress = new ImportProgressPrinter(context.err(), resource, clock, PROGRESS_INTERVAL);
        ImportResult result;
        try (InputStream input = file == null ? context.in() : Files.newInputStream(file)) {
            result = new ImportFlow(clock).run(request, input, progress);
        } catch (ImportException e) {
            context.err().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            context.err().println("error: cannot read " + request.source() + ": " + describe(e));
            return ExitCodes.FAILURE;
        }
        context.out().println(JsonOutput.write(JsonOutput.MAPPER.valueToTree(result.summary().toMap())));
        progress.finish(result.summary());
        result.stoppedBy().ifPresent(cause -> context.err().println("error: the import stopped sending after " + cause));
        result.readError().ifPresent(error -> context.err().println("error: " + error));
        return result.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw usage("Invalid value for option '--in': " + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw usage("Invalid value for option '--in': " + file + " is a directory; --in names the NDJSON file to read");
        }
        if (!Files.isReadable(file)) {
            throw usage("Invalid value for option '--in': " + file + " cannot be read (permission denied)");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
