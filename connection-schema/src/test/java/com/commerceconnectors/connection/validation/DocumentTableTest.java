package com.commerceconnectors.connection.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.connection.ValidationReport;
import com.commerceconnectors.connection.Violation;
import com.commerceconnectors.connection.support.DocumentCase;
import com.commerceconnectors.connection.support.Documents;
import com.commerceconnectors.connection.support.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document under {@code documents/} against the expectations in {@code documents-cases.yaml}. */
class DocumentTableTest {

    static List<DocumentCase> cases() {
        return DocumentCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedErrorsAndWarnings(DocumentCase row) {
        ValidationReport report = loader(row).check(Documents.file(row.file()));

        assertThat(lines(report.errors())).as("errors of %s", row.file()).containsExactlyElementsOf(row.errors());
        assertThat(lines(report.warnings())).as("warnings of %s", row.file()).containsExactlyElementsOf(row.warnings());
        assertThat(report.valid()).isEqualTo(row.errors().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadAgreesWithCheck(DocumentCase row) {
        ConnectionLoader loader = loader(row);
        Path file = Documents.file(row.file());
        if (row.errors().isEmpty()) {
            Connection connection = loader.load(file);
            assertThat(connection.name()).isNotBlank();
        } else {
            assertThatThrownBy(() -> loader.load(file))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> {
                        assertThat(lines(e.violations())).containsExactlyElementsOf(row.errors());
                        assertThat(e.getMessage()).contains(file.toString());
                    });
        }
    }

    @Test
    void theTableCoversEveryDocumentAndAtLeastForty() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(Documents.root())) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> Documents.root().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("secrets/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = cases().stream().map(DocumentCase::file).collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).isEqualTo(files);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases().stream().filter(c -> c.errors().isEmpty()).count()).as("valid documents").isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyRuleIsExercisedAtLeastOnce() {
        Set<String> rules = new TreeSet<>();
        for (DocumentCase row : cases()) {
            Stream.concat(row.errors().stream(), row.warnings().stream()).forEach(line -> rules.add(line.split(" \\| ")[1]));
        }
        assertThat(rules).containsAll(List.of(
                "required", "notAllowed", "unknownProperty", "enum", "type", "minLength", "maxLength", "minimum", "maximum",
                "pattern", "uri", "pem", "passphrase", "placeholder", "encryption", "syntax",
                "weakKey", "unused", "magentoSignatureMethod", "magentoBearer", "magentoAdminTwoFactor", "deprecated",
                "insecureTransport"));
    }

    private static ConnectionLoader loader(DocumentCase row) {
        return new ConnectionLoader(LoaderSettings.defaults().withEnvironment(TestEnvironment.without(row.without())));
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> v.pointer() + " | " + v.rule() + " | " + v.message()).toList();
    }
}
