package com.commerceconnectors.cli.export;

import com.commerceconnectors.cli.camel.CamelRuntime;
import com.commerceconnectors.cli.camel.UnsupportedConnectorException;
import com.commerceconnectors.core.error.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One complete export through the connector's Camel consumer: every record that matches, exactly once, into an
 * NDJSON file that appears only when the run completed. What {@code connectors export} and the demo run.
 */
public final class ExportFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ExportFlow.class);
    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    private final Clock clock;

    public ExportFlow(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs the export.
     *
     * @throws ExportException when it did not complete; only {@code FILE.partial} is left then
     * @throws InterruptedException when the waiting thread is interrupted (the run is stopped, the file left partial)
     */
    public ExportResult run(ExportRequest request, ExportProgress progress) throws ExportException, InterruptedException {
        Instant started = clock.instant();
        CamelRuntime camel;
        try {
            camel = CamelRuntime.open(request.connection());
        } catch (UnsupportedConnectorException e) {
            throw new ExportException(e.getMessage(), e);
        }
        SingleRun run = new SingleRun();
        try (camel; RecordFile file = RecordFile.create(request, progress)) {
            camel.bind(ExportRoute.STATE_BEAN, new MemoryStateRepository())
                    .bind(ExportRoute.RUN_BEAN, run);
            LOG.debug("Exporting through {}", ExportRoute.uri(camel.scheme(), request));
            try {
                camel.addRoutes(new ExportRoute(camel.scheme(), request, file));
                camel.start();
            } catch (Exception e) {
                throw new ExportException(describe(request, e), e);
            }
            SingleRun.Outcome outcome = awaitRun(run, camel);
            camel.close(); // no record arrives after this point
            if (!outcome.succeeded()) {
                throw new ExportException(describe(request, outcome.failure()), outcome.failure());
            }
            if (outcome.delivered() != file.records()) {
                throw new ExportException("the export of " + request.resource() + " is inconsistent: the consumer"
                        + " delivered " + outcome.delivered() + " records but " + file.records() + " were written");
            }
            file.complete();
            Duration elapsed = Duration.between(started, clock.instant());
            return new ExportResult(request.resource(), request.out(), file.records(), file.pages(), elapsed,
                    file.upperBound().flatMap(ExportFlow::platformTime));
        }
    }

    private static SingleRun.Outcome awaitRun(SingleRun run, CamelRuntime camel) throws InterruptedException, ExportException {
        while (true) {
            Optional<SingleRun.Outcome> outcome = run.await(CHECK_INTERVAL);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (!camel.context().isStarted()) {
                throw new ExportException("the export stopped before its run completed");
            }
        }
    }

    /** What went wrong, for an operator: the connector's own message when it has one. */
    static String describe(ExportRequest request, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                // says what happened, what to do and which request, with sensitive query values masked
                return "the export of " + request.resource() + " failed: " + api.getMessage();
            }
            if (t instanceof java.io.IOException io) {
                return "writing " + request.partial() + " failed: " + io.getMessage();
            }
            if ((t instanceof IllegalArgumentException || t instanceof IllegalStateException) && t.getMessage() != null
                    && t.getClass().getName().startsWith("java.")) {
                return "the export of " + request.resource() + " failed: " + t.getMessage();
            }
            if (t.getClass().getName().startsWith("com.commerceconnectors.") && t.getMessage() != null) {
                return "the export of " + request.resource() + " failed: " + t.getMessage();
            }
        }
        return "the export of " + request.resource() + " failed (" + failure.getClass().getSimpleName()
                + "); run again with --verbose for details";
    }

    /** Magento's {@code yyyy-MM-dd HH:mm:ss} (UTC), or ISO-8601 with an offset as the JSON:API platforms write it. */
    private static Optional<Instant> platformTime(String value) {
        try {
            String text = value.strip();
            return Optional.of(text.indexOf('T') > 0 ? java.time.OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text, PLATFORM_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            LOG.debug("Unreadable upper bound '{}'", value);
            return Optional.empty();
        }
    }
}
