package com.commerceconnectors.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.support.DocumentCase;
import com.commerceconnectors.connection.support.Documents;
import com.commerceconnectors.connection.support.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Loads and checks every test document and collects everything a user or a log could see — violation lines,
 * exception messages, toString() of the model — then looks for any secret in it: every secret value the tests use
 * contains {@link TestEnvironment#MARKER}, and the keys' PEM bodies and the documents' enc: values are searched too.
 */
class NoSecretLeakTest {

    private static final Pattern ENCRYPTED = Pattern.compile("enc:v\\d+:[A-Za-z0-9+/=!_-]{4,}");

    @Test
    void noOutputOfAnyDocumentShowsASecret() throws IOException {
        List<String> secrets = secretFragments();
        for (DocumentCase row : DocumentCase.all()) {
            Path file = Documents.file(row.file());
            ConnectionLoader loader = new ConnectionLoader(
                    LoaderSettings.defaults().withEnvironment(TestEnvironment.without(row.without())));
            String output = visibleOutput(loader, file);

            assertThat(output).as("output for %s", row.file()).doesNotContain(TestEnvironment.MARKER);
            for (String secret : secrets) {
                assertThat(output).as("output for %s", row.file()).doesNotContain(secret);
            }
            Matcher encrypted = ENCRYPTED.matcher(Files.readString(file));
            while (encrypted.find()) {
                assertThat(output).as("output for %s", row.file()).doesNotContain(encrypted.group());
            }
        }
    }

    @Test
    void theMarkerIsInTheDocumentsSoTheSearchMeansSomething() throws IOException {
        long withMarker = 0;
        for (DocumentCase row : DocumentCase.all()) {
            String text = Files.readString(Documents.file(row.file()));
            if (text.contains(TestEnvironment.MARKER) || text.contains("${env:") || text.contains("enc:")) {
                withMarker++;
            }
        }
        assertThat(withMarker).isGreaterThan(60);
        assertThat(TestEnvironment.variables().values().stream().filter(v -> v.contains(TestEnvironment.MARKER)).count())
                .isGreaterThanOrEqualTo(10);
    }

    private static String visibleOutput(ConnectionLoader loader, Path file) {
        StringBuilder out = new StringBuilder();
        ValidationReport report = loader.check(file);
        report.errors().forEach(v -> out.append(v.toLine()).append('\n').append(v).append('\n'));
        report.warnings().forEach(v -> out.append(v.toLine()).append('\n').append(v).append('\n'));
        out.append(report).append('\n');
        try {
            Connection connection = loader.load(file);
            out.append(connection).append('\n').append(connection.auth()).append('\n').append(connection.agent()).append('\n');
        } catch (ConnectionException e) {
            out.append(e.getMessage()).append('\n').append(e).append('\n');
        }
        return out.toString();
    }

    /** The secret values of the environment, and every base64 line of the PEM keys in it. */
    private static List<String> secretFragments() {
        List<String> fragments = new ArrayList<>();
        for (Map.Entry<String, String> variable : TestEnvironment.variables().entrySet()) {
            String value = variable.getValue();
            if (value.contains("-----BEGIN")) {
                value.lines().filter(line -> !line.startsWith("-----") && line.length() > 16).forEach(fragments::add);
            } else if (value.contains(TestEnvironment.MARKER) || variable.getKey().equals("CONNECTORS_SECRET_KEY")) {
                fragments.add(value);
            }
        }
        return fragments;
    }
}
