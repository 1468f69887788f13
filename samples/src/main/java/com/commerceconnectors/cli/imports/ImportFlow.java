package com.commerceconnectors.cli.imports;

import com.commerceconnectors.cli.camel.ConnectorHeaders;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.cli.camel.CamelRuntime;
import com.commerceconnectors.cli.camel.UnsupportedConnectorException;
import com.commerceconnectors.core.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import through the connector's Camel producer: every record line of the input upserted once, several at a
 * time, each line's outcome counted exactly once. What {@code connectors import} runs.
 *
 * <p>One bad record never stops the run: it is reported with its line number and the others are still sent. A
 * failure of the connection itself (see {@link WriteFailure}) stops the sending; the records not sent are reported
 * as such, so the summary still accounts for every line.
 */
public final class ImportFlow {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFlow.class);

    private final Clock clock;

    public ImportFlow(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs the import, reading {@code input} to its end (the caller closes it).
     *
     * @throws ImportException      when the run could not start: no component for the connector, an endpoint
     *                              that cannot be made
     * @throws InterruptedException when the thread is interrupted; records in flight may have been written
     */
    public ImportResult run(ImportRequest request, InputStream input, ImportProgress progress)
            throws ImportException, InterruptedException {
        Instant started = clock.instant();
        CamelRuntime camel;
        try {
            camel = CamelRuntime.open(request.connection());
        } catch (UnsupportedConnectorException e) {
            throw new ImportException(e.getMessage(), e);
        }
        try (camel) {
            RecordShape shape;
            String uri;
            FieldHints hints = FieldHints.NONE;
            if (request.connection().connector() == ConnectorType.MAGENTO2) {
                shape = RecordShape.magento2(request.resource());
                uri = UpsertEndpoint.uri(camel.scheme(), request.resource());
                if (request.urlKeysFromSku()) {
                    uri = UpsertEndpoint.withUrlKeysFromSku(uri);
                } else if ("products".equals(request.resource())) {
                    hints = FieldHints.URL_KEY_FROM_SKU;
                }
            } else {
                String key = request.jsonApiKey();
                shape = RecordShape.jsonApi(key);
                uri = UpsertEndpoint.uri(camel.scheme(), request.resource(), key);
            }
            LOG.debug("Importing {} through {} with {} in parallel", request.source(), uri, request.parallel());
            Endpoint endpoint;
            try {
                camel.start();
                // resolved (and so started) here, once, before the senders share it
                endpoint = camel.context().getEndpoint(uri);
            } catch (RuntimeException e) {
                throw new ImportException(describe(request, e), e);
            }
            ImportTally tally = new ImportTally();
            StopSignal stop = new StopSignal();
            Optional<String> readError;
            ProducerTemplate template = camel.template();
            try (SendingLanes lanes = new SendingLanes(request.parallel(), "import")) {
                RecordSender sender = new RecordSender(template, endpoint, tally, progress, stop,
                        ConnectorHeaders.of(request.connection().connector()), hints);
                readError = feed(request, input, shape, lanes, sender, tally, progress);
                lanes.finish();
            } finally {
                closeQuietly(template);
            }
            return new ImportResult(tally.summary(), Duration.between(started, clock.instant()),
                    stop.cause().map(c -> "line " + c.line() + ": " + c.message()), readError);
        }
    }

    /** Reads every line and hands each record to its lane; returns why reading ended early, if it did. */
    private Optional<String> feed(ImportRequest request, InputStream input, RecordShape shape, SendingLanes lanes,
                                  RecordSender sender, ImportTally tally, ImportProgress progress)
            throws InterruptedException {
        RecordParser parser = new RecordParser(shape);
        LineReader reader = new LineReader(input, LineReader.DEFAULT_MAX_LINE_BYTES);
        while (true) {
            Optional<InputLine> next;
            try {
                next = reader.next();
            } catch (IOException e) {
                LOG.debug("Reading the input failed", e);
                return Optional.of("reading " + request.source() + " failed after line " + reader.linesRead() + " ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); the lines"
                        + " after it were not imported");
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            InputLine line = next.get();
            if (line.blank()) {
                continue;
            }
            ParsedLine parsed = parser.parse(line);
            if (parsed instanceof ParsedLine.Record record) {
                lanes.submit(record.key() == null ? null : shape.laneKey(record.key()), record.line(),
                        () -> sender.send(record));
            } else if (parsed instanceof ParsedLine.Unreadable unreadable) {
                tally.failed(new ImportError(unreadable.line(), null, unreadable.message(), List.of()));
                ImportTally.Counts counts = tally.counts();
                progress.done(counts.created(), counts.updated(), counts.failed());
            }
        }
    }

    private static void closeQuietly(ProducerTemplate template) {
        try {
            template.close();
        } catch (IOException | RuntimeException e) {
            // every record has been reported; the context stops next and releases what is left
            LOG.debug("Closing the producer template failed", e);
        }
    }

    /** What went wrong before any record was sent, for an operator. */
    private static String describe(ImportRequest request, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return "the import of " + request.resource() + " could not start: " + api.getMessage();
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getClass().getName().startsWith("java.")) {
                return "the import of " + request.resource() + " could not start: " + t.getMessage();
            }
        }
        return "the import of " + request.resource() + " could not start (" + failure.getClass().getSimpleName()
                + "); run again with --verbose for details";
    }
}
