package com.commerceconnectors.cli.imports;

import com.commerceconnectors.cli.camel.ConnectorHeaders;
import java.util.List;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one record to the upsert endpoint and reports what happened to the tally, exactly once, whatever
 * happens. The record is sent once: retries are the connector's business (it repeats what is safe to repeat and
 * nothing else), so a write the connector gave up on is reported, never sent again from here.
 */
final class RecordSender {

    private static final Logger LOG = LoggerFactory.getLogger(RecordSender.class);

    private final ProducerTemplate template;
    private final Endpoint endpoint;
    private final ImportTally tally;
    private final ImportProgress progress;
    private final StopSignal stop;
    private final ConnectorHeaders headers;
    private final FieldHints hints;

    /**
     * @param headers the connector's header names (the write outcome, the refused fields)
     * @param hints   what this command offers for fields the platform refused
     */
    RecordSender(ProducerTemplate template, Endpoint endpoint, ImportTally tally, ImportProgress progress, StopSignal stop,
                 ConnectorHeaders headers, FieldHints hints) {
        this.headers = headers;
        this.hints = hints;
        this.template = template;
        this.endpoint = endpoint;
        this.tally = tally;
        this.progress = progress;
        this.stop = stop;
    }

    void send(ParsedLine.Record record) {
        try {
            if (stop.stopped()) {
                tally.failed(new ImportError(record.line(), record.key(), stop.notSentMessage(), List.of()));
                return;
            }
            Exchange exchange = template.send(endpoint, ExchangePattern.InOut,
                    e -> e.getMessage().setBody(record.body()));
            if (exchange.getException() != null) {
                failed(record, exchange);
                return;
            }
            String outcome = exchange.getMessage().getHeader(headers.writeOutcome(), String.class);
            if ("created".equals(outcome)) {
                tally.created();
            } else if ("updated".equals(outcome)) {
                tally.updated();
            } else {
                tally.failed(new ImportError(record.line(), record.key(), "the connector did not say whether the record"
                        + " was created or updated (" + headers.writeOutcome() + " is "
                        + (outcome == null ? "missing" : "'" + outcome + "'") + "); check the record in the shop", List.of()));
            }
        } catch (RuntimeException e) {
            LOG.debug("Line {} could not be sent", record.line(), e);
            tally.failed(new ImportError(record.line(), record.key(), WriteFailure.of(e).message(), List.of()));
        } finally {
            ImportTally.Counts counts = tally.counts();
            progress.done(counts.created(), counts.updated(), counts.failed());
        }
    }

    private void failed(ParsedLine.Record record, Exchange exchange) {
        Exception exception = exchange.getException();
        LOG.debug("Line {} was not imported", record.line(), exception);
        WriteFailure failure = WriteFailure.of(exception);
        List<?> named = exchange.getMessage().getHeader(headers.invalidFields(), List.class);
        List<String> fields = named == null ? List.of() : named.stream().map(String::valueOf).toList();
        tally.failed(new ImportError(record.line(), record.key(), failure.message() + hints.forFields(fields), fields));
        if (failure.systemic()) {
            stop.stop(record.line(), failure.message());
        }
    }
}
