package com.commerceconnectors.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.connection.support.TestEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the bytes, the loader answers with a ConnectionException (load, parse) or a report (check), never with
 * another exception, a hang or an exhausted stack.
 */
class HostileInputTest {

    private final ConnectionLoader loader = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(TestEnvironment.lookup()));

    @TempDir
    Path dir;

    @Test
    void randomBytesInFilesOnlyEverGiveConnectionExceptions() throws IOException {
        Random random = new Random(20240601L);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 0) {
                bytes[0] = '{'; // send some through the JSON parser
            }
            Path file = dir.resolve("random-" + i);
            Files.write(file, bytes);
            assertRejectedCleanly(file);
        }
    }

    @Test
    void randomTextOnlyEverGivesConnectionExceptions() {
        Random random = new Random(7L);
        String alphabet = "{}[]:,\"'\\-&*!|>#%@`\n\t \u0000\u0007\uFFFFabc123${}enc:v1:";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertParseRejectedOrValid(text.toString());
        }
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        int depth = 100_000;
        String json = "[".repeat(depth) + "]".repeat(depth);
        String jsonObject = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        String yaml = "a: [".repeat(5000) + "]".repeat(5000);
        String yamlBlock = buildYamlBlock(100);

        for (String text : new String[] {"{\"name\":" + json + "}", jsonObject, yaml, yamlBlock}) {
            assertThatThrownBy(() -> loader.parse(text, "nested"))
                    .isInstanceOf(ConnectionException.class)
                    .satisfies(e -> assertThat(((ConnectionException) e).violations().get(0).message())
                            .contains("nested deeper than 32 levels"));
        }
    }

    @Test
    void hugeDocumentsAndValuesAreRefused() throws IOException {
        String big = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertThatThrownBy(() -> loader.parse(big, "big"))
                .isInstanceOfSatisfying(ConnectionException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("size"));
        Path file = dir.resolve("big.json");
        Files.writeString(file, big);
        assertThat(loader.check(file).errors()).extracting(Violation::rule).containsExactly("size");

        // under the limit, a huge value is an ordinary validation error
        String longName = "{\"name\": \"" + "n".repeat(900_000) + "\", \"connector\": \"commercelayer\","
                + " \"auth\": {\"type\": \"bearer\", \"token\": \"t\"}}";
        assertThat(loader.checkText(longName, "long").errors()).extracting(Violation::rule).containsExactly("maxLength");
    }

    @Test
    void yamlBombsAndTagsConstructNothing() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertThatThrownBy(() -> loader.parse(laughs, "bomb"))
                .isInstanceOfSatisfying(ConnectionException.class,
                        e -> assertThat(e.getMessage()).contains("YAML aliases"));

        String tags = "name: !!java.net.URL [\"http://example.com\"]\nconnector: !!javax.script.ScriptEngineManager []\n"
                + "auth: {type: bearer, token: t}\n";
        assertThatThrownBy(() -> loader.parse(tags, "tags")).isInstanceOf(ConnectionException.class);
    }

    @Test
    void nullBytesControlCharactersAndOddEncodingsAreRefused() throws IOException {
        for (String text : new String[] {"{\"name\": \"a\u0000b\"}", "name: a\u0000b\n", "\u0000", "{", "}", "[", "---\n...\n",
                "name: \"unterminated", "%YAML 9.9\n---\nname: x", "? complex key\n: value\n", ".inf", "{\"a\": 1e99999999}"}) {
            assertParseRejectedOrValid(text);
        }
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_16));
        assertThat(loader.check(utf16).errors()).extracting(Violation::rule).containsExactly("encoding");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(loader.check(latin1).errors()).extracting(Violation::message)
                .containsExactly("is not UTF-8 text (is it a binary file?)");
    }

    @Test
    void oddValuesInEveryFieldAreReportedNotThrown() {
        String[] values = {"null", "true", "-1", "1.5e300", "[]", "{}", "\"\"", "\"${env:\"", "\"enc:v1:\"", "[[[[1]]]]",
                "99999999999999999999999999", "{\"type\": {}}"};
        String[] fields = {"name", "connector", "mode", "agent", "baseUri", "apiPath", "storeCode", "timeouts", "auth"};
        for (String field : fields) {
            for (String value : values) {
                String text = "{\"name\": \"n\", \"connector\": \"oro\", \"baseUri\": \"https://o.example.com\","
                        + " \"auth\": {\"type\": \"bearer\", \"token\": \"t\"}, \"" + field + "x\": 1}";
                text = text.replace("\"" + field + "x\": 1", "\"" + field + "\": " + value)
                        .replace("\"" + field + "\": \"n\"", "\"" + field + "\": " + value);
                assertParseRejectedOrValid(text);
            }
        }
    }

    @Test
    void nullAndBlankArgumentsAreConnectionExceptions() {
        assertThatThrownBy(() -> loader.load((String) null)).isInstanceOf(ConnectionException.class);
        assertThatThrownBy(() -> loader.load((Path) null)).isInstanceOf(ConnectionException.class);
        assertThatThrownBy(() -> loader.load("  ")).isInstanceOf(ConnectionException.class);
        assertThatThrownBy(() -> loader.parse(null, null)).isInstanceOf(ConnectionException.class);
        assertThatThrownBy(() -> loader.load("file:\u0000")).isInstanceOf(ConnectionException.class);
        assertThat(loader.check((String) null).valid()).isFalse();
        assertThat(loader.checkText(null, null).valid()).isFalse();
    }

    private void assertRejectedCleanly(Path file) {
        try {
            loader.load(file);
        } catch (ConnectionException expected) {
            assertThat(expected.violations()).isNotEmpty();
        }
        assertThat(loader.check(file)).isNotNull();
    }

    private void assertParseRejectedOrValid(String text) {
        try {
            loader.parse(text, "hostile");
        } catch (ConnectionException expected) {
            assertThat(expected.violations()).isNotEmpty();
            assertThat(expected.violations()).noneMatch(v -> v.rule().equals("internal"));
        }
        ValidationReport report = loader.checkText(text, "hostile");
        assertThat(report.errors()).noneMatch(v -> v.rule().equals("internal"));
    }

    private static String buildYamlBlock(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        yaml.append("  ".repeat(depth)).append("v\n");
        return yaml.toString();
    }
}
