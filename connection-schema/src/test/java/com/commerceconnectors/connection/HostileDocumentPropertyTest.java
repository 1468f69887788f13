package com.commerceconnectors.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.support.Documents;
import com.commerceconnectors.connection.support.TestEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based hostile input for the loader and the validator: truncated, mistyped, deeply nested and random
 * documents. Whatever comes in, {@code parse} either returns a connection or throws a {@link ConnectionException} with at
 * least one violation that says something; {@code checkText} always returns a report, and it agrees with {@code parse};
 * no message ever shows a secret. Any other exception fails the property, and jqwik shrinks it to the smallest input.
 */
class HostileDocumentPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConnectionLoader LOADER =
            new ConnectionLoader(LoaderSettings.defaults().withEnvironment(TestEnvironment.lookup()));

    /** The valid test documents that need no file next to them (their {@code ${file:…}} would resolve elsewhere). */
    private static final List<String> VALID = readValidDocuments();

    @Property(tries = 250)
    void everyTruncationIsRejectedOrValidNeverThrown(@ForAll("validDocuments") String document,
                                                      @ForAll @IntRange(max = 4000) int cut) {
        assertHandledCleanly(document.substring(0, Math.min(cut, document.length())));
    }

    @Property(tries = 250)
    void anyValueInAnyFieldIsReportedNotThrown(@ForAll("validJsonTrees") ObjectNode document,
                                               @ForAll @IntRange(max = 1000) int fieldIndex,
                                               @ForAll("hostileJson") String value) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(document, objects);
        ObjectNode target = objects.get(fieldIndex % objects.size());
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String field = names.isEmpty() ? "extra" : names.get(fieldIndex % names.size());
        target.set(field, JSON.readTree(value));
        assertHandledCleanly(JSON.writeValueAsString(document));
    }

    @Property(tries = 200)
    void hostileTextInPlaceOfAFieldValueIsReportedNotThrown(@ForAll("validJsonTrees") ObjectNode document,
                                                            @ForAll @IntRange(max = 1000) int fieldIndex,
                                                            @ForAll("hostileStrings") String text) {
        List<String> names = new ArrayList<>();
        document.fieldNames().forEachRemaining(names::add);
        document.put(names.get(fieldIndex % names.size()), text);
        assertHandledCleanly(document.toString());
    }

    @Property(tries = 60)
    void nestingDeeperThanTheLimitIsRefusedAnywhere(@ForAll @IntRange(min = 33, max = 50_000) int depth,
                                                    @ForAll boolean objects, @ForAll boolean yamlFlow,
                                                    @ForAll("fieldNames") String field) {
        String open = objects ? "{\"k\":" : "[";
        String close = objects ? "}" : "]";
        int d = yamlFlow ? Math.min(depth, 3000) : depth;
        String nested = open.repeat(d) + "1" + close.repeat(d);
        // "f_" keeps the field apart from "name"
        String text = yamlFlow ? "name: n\nf_" + field.replaceAll("[^a-z]", "x") + ": " + nested + "\n"
                : "{\"name\": \"n\", " + JSON.valueToTree("f_" + field) + ": " + nested + "}";
        Outcome outcome = assertHandledCleanly(text);
        assertThat(outcome.violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("nested deeper than 32 levels"));
    }

    @Property(tries = 300)
    void arbitraryTextNeverEscapes(@ForAll @StringLength(max = 3000) String text) {
        assertHandledCleanly(text);
    }

    @Property(tries = 300)
    void structuredNoiseNeverEscapes(@ForAll("structuredNoise") String text) {
        assertHandledCleanly(text);
    }

    @Property(tries = 100)
    void arbitraryBytesInAFileNeverEscape(@ForAll @Size(max = 4096) byte[] bytes) throws IOException {
        Path file = Files.createTempFile("hostile", ".json");
        try {
            Files.write(file, bytes);
            ValidationReport report = LOADER.check(file);
            try {
                LOADER.load(file);
                assertThat(report.valid()).isTrue();
            } catch (ConnectionException e) {
                assertSays(e.violations());
                assertThat(report.valid()).isFalse();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Example
    void aSecretFromADeviceFileIsBoundedNotReadForever() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            if (!Files.exists(Path.of(device))) {
                continue;
            }
            String text = "{\"name\": \"n\", \"connector\": \"commercelayer\", \"baseUri\": \"https://x.example.com\","
                    + " \"auth\": {\"type\": \"bearer\", \"token\": \"${file:" + device + "}\"}}";
            Outcome outcome = assertHandledCleanly(text);
            assertThat(outcome.violations()).isNotEmpty();
        }
    }

    private record Outcome(Connection connection, List<Violation> violations) {
    }

    /** The contract every input must keep; returns what happened for further checks. */
    private static Outcome assertHandledCleanly(String text) {
        ValidationReport report = LOADER.checkText(text, "hostile");
        assertThat(report).isNotNull();
        assertSays(report.errors());
        Outcome outcome;
        try {
            outcome = new Outcome(LOADER.parse(text, "hostile"), List.of());
        } catch (ConnectionException e) {
            assertSays(e.violations());
            assertThat(e.getMessage()).doesNotContain(TestEnvironment.MARKER);
            outcome = new Outcome(null, e.violations());
        }
        assertThat(report.valid()).as("check and parse agree on %s", outcome.violations()).isEqualTo(outcome.connection() != null);
        if (outcome.connection() != null) {
            assertThat(outcome.connection().toString()).doesNotContain(TestEnvironment.MARKER);
        }
        return outcome;
    }

    private static void assertSays(List<Violation> violations) {
        for (Violation v : violations) {
            assertThat(v.message()).isNotBlank();
            assertThat(v.toLine()).doesNotContain(TestEnvironment.MARKER);
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) {
            into.add(o);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, into));
    }

    @Provide
    Arbitrary<String> validDocuments() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<ObjectNode> validJsonTrees() {
        List<String> json = VALID.stream().filter(t -> t.strip().startsWith("{")).toList();
        return Arbitraries.of(json).map(t -> {
            try {
                return (ObjectNode) JSON.readTree(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Provide
    Arbitrary<String> fieldNames() {
        return Arbitraries.oneOf(Arbitraries.of("auth", "agent", "timeouts", "baseUri", "name", "x"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("${}:envcfil.%\u0000\n\"\\/").ofMaxLength(40),
                Arbitraries.of("${env:", "${env:}", "${env:NOPE}", "${file:}", "${file:/}", "${file:/dev/zero}",
                        "enc:v1:", "enc:v1:!!!!", "enc:v2:AAAA", "enc:v1:" + "A".repeat(5000), "${env:SHOP_TOKEN}${env:",
                        "http://", "https://user:pw@x", "socks5://", "\uD800", "\u202Egnp.exe"),
                Arbitraries.strings().ofLength(100_000).withChars('x'));
    }

    /** JSON values of every type and shape: what a wrong-typed field could hold. */
    @Provide
    Arbitrary<String> hostileJson() {
        Arbitrary<String> leaves = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "-1", "1e99999", "-1e-99999", "123456789012345678901234567890",
                        "1.5", "\"\"", "[]", "{}"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                hostileStrings().map(s -> JSON.valueToTree(s).toString()));
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(Arbitraries.of("type", "token", "username", "x", "grant", "signatureMethod"), inner)
                        .as((k, v) -> "{\"" + k + "\":" + v + "}")), 0, 5);
    }

    /** Text made of the characters JSON and YAML give meaning to, so the parsers' error paths get exercised. */
    @Provide
    Arbitrary<String> structuredNoise() {
        return Arbitraries.strings()
                .withChars("{}[]:,\"'\\-&*!|>#%@`?\n\t \r\u0000\u00e9\uFEFFabc19e.+${}")
                .ofMaxLength(600);
    }

    private static List<String> readValidDocuments() {
        try (Stream<Path> files = Files.list(Documents.root().resolve("valid"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("${file:") && LOADER.checkText(text, file.getFileName().toString()).valid()) {
                    texts.add(text);
                }
            }
            assertThat(texts).hasSizeGreaterThan(10);
            return List.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Example
    void theValidDocumentsAreValidUnchanged() {
        for (String text : VALID) {
            assertThat(assertHandledCleanly(text).connection()).isNotNull();
        }
    }
}
