package com.commerceconnectors.connection;

import com.commerceconnectors.connection.document.DocumentParser;
import com.commerceconnectors.connection.document.DocumentReader;
import com.commerceconnectors.connection.document.SourceText;
import com.commerceconnectors.connection.mapping.ConnectionMapper;
import com.commerceconnectors.connection.placeholder.PlaceholderFiles;
import com.commerceconnectors.connection.placeholder.PlaceholderResolver;
import com.commerceconnectors.connection.placeholder.Resolution;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.commerceconnectors.connection.validation.ConnectionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, resolves, validates and builds connection documents (JSON or YAML).
 *
 * <p>Steps, in order: read (at most 1 MiB, UTF-8) → parse (JSON when the text starts with {@code &#123;}, YAML
 * otherwise) → resolve placeholders → validate against the schema and the semantic rules → build the immutable
 * {@link Connection}.
 *
 * <p>Placeholders: any string value may be, or contain, {@code ${env:NAME}} (an environment variable) or
 * {@code ${file:PATH}} (a file's UTF-8 content without one trailing newline; relative paths start at the document's
 * directory); {@code $${} is a literal {@code ${}. A secret value (token, password, consumerSecret, accessToken,
 * accessTokenSecret, privateKey, privateKeyPassphrase, apiKey, clientSecret, refreshToken, assertion, agent
 * password) may be {@code enc:v1:…}: AES-256-GCM with the base64 32-byte key in the environment variable
 * {@code CONNECTORS_SECRET_KEY}
 * (see {@link com.commerceconnectors.connection.secret.SecretCipher}). Top-level {@code $schema} and {@code x-*}
 * annotations are not resolved.
 *
 * <p>{@code load} and {@code parse} throw {@link ConnectionException} — and nothing else, whatever the input — listing
 * every error; warnings are logged. {@code check} never throws and returns every error and warning. No message ever
 * contains a secret value. Instances are immutable and thread-safe.
 */
public final class ConnectionLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLoader.class);

    private final LoaderSettings settings;
    private final DocumentReader reader;
    private final DocumentParser parser;

    public ConnectionLoader() {
        this(LoaderSettings.defaults());
    }

    public ConnectionLoader(LoaderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reader = new DocumentReader(settings.limits(), settings.baseDirectory(), settings.classLoader());
        this.parser = new DocumentParser(settings.limits());
    }

    /** Loads {@code file:PATH}, {@code classpath:PATH} or a plain path. */
    public Connection load(String location) {
        return build(() -> reader.read(location), location);
    }

    public Connection load(Path file) {
        return build(() -> reader.read(file), String.valueOf(file));
    }

    /** Parses a document given as text; {@code sourceName} names it in messages (e.g. "endpoint options"). */
    public Connection parse(String text, String sourceName) {
        return build(() -> reader.fromText(text, sourceName), sourceName);
    }

    /** Every error and warning of the document at {@code location}; never throws. */
    public ValidationReport check(String location) {
        return report(() -> reader.read(location), location);
    }

    public ValidationReport check(Path file) {
        return report(() -> reader.read(file), String.valueOf(file));
    }

    /** Every error and warning of a document given as text; never throws. */
    public ValidationReport checkText(String text, String sourceName) {
        return report(() -> reader.fromText(text, sourceName), sourceName);
    }

    private Connection build(Supplier<SourceText> source, String label) {
        return guarded(label, () -> {
            SourceText text = source.get();
            Evaluation evaluation = evaluate(text);
            if (!evaluation.report().valid()) {
                throw new ConnectionException(text.sourceName(), evaluation.report().errors());
            }
            evaluation.report().warnings().forEach(w -> LOG.warn("Connection document {}: warning: {}", text.sourceName(), w.toLine()));
            Connection connection = ConnectionMapper.toConnection(evaluation.document());
            LOG.debug("Loaded {} from {}", connection, text.sourceName());
            return connection;
        });
    }

    private ValidationReport report(Supplier<SourceText> source, String label) {
        try {
            return guarded(label, () -> evaluate(source.get()).report());
        } catch (ConnectionException e) {
            return new ValidationReport(e.violations(), List.of());
        }
    }

    private Evaluation evaluate(SourceText text) {
        ObjectNode parsed = parser.parse(text);
        ConnectionSchema schema = ConnectionSchema.get();
        PlaceholderResolver resolver = new PlaceholderResolver(settings.environment(),
                new PlaceholderFiles(text.baseDirectory(), settings.limits().maxBytes(), settings.limits().describeMaxBytes()),
                schema::isSecret, schema::isInteger);
        Resolution resolution = resolver.resolve(parsed);
        ValidationReport report = new ConnectionValidator(schema).validate(resolution.document(), resolution.violations());
        return new Evaluation(resolution.document(), report);
    }

    /** The single exit for failures: whatever goes wrong inside leaves as a ConnectionException without internals. */
    private static <T> T guarded(String label, Supplier<T> work) {
        try {
            return work.get();
        } catch (ConnectionException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String source = label == null || label.isBlank() ? "<string>" : label;
            throw new ConnectionException(source, new Violation("", "internal",
                    "could not be processed (" + e.getClass().getSimpleName() + "); please report this with the document's"
                            + " structure, without its secrets"));
        }
    }

    private record Evaluation(JsonNode document, ValidationReport report) {
    }
}
