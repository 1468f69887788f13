package com.commerceconnectors.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting NDJSON into numbered lines of bytes. */
class LineReaderTest {

    @Test
    void numbersEveryLineAndDropsLineEndsAndALeadingByteOrderMark() throws IOException {
        byte[] input = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8));

        List<InputLine> lines = readAll(input, 1024);

        assertThat(lines).extracting(InputLine::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
                .containsExactly("{\"a\":1}", "", "  ", "{\"b\":2}", "{\"c\":3}");
        assertThat(lines).extracting(InputLine::blank).containsExactly(false, true, true, false, false);
    }

    @Test
    void aFinalNewlineMakesNoExtraLineAndEmptyInputHasNone() throws IOException {
        assertThat(readAll("{}\n".getBytes(StandardCharsets.UTF_8), 1024)).hasSize(1);
        assertThat(readAll(new byte[0], 1024)).isEmpty();
    }

    @Test
    void aLineBeyondTheLimitIsSkippedToItsEndAndTheNextOneIsReadWhole() throws IOException {
        String longLine = "{\"x\":\"" + "y".repeat(200_000) + "\"}";
        byte[] input = (longLine + "\n{\"after\":true}\n").getBytes(StandardCharsets.UTF_8);

        List<InputLine> lines = readAll(input, 1000);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(lines.get(0).bytes()).isEmpty();
        assertThat(lines.get(0).blank()).isFalse();
        assertThat(lines.get(1).number()).isEqualTo(2);
        assertThat(new String(lines.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"after\":true}");
    }

    private static List<InputLine> readAll(byte[] input, int max) throws IOException {
        List<InputLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(input), max)) {
            for (Optional<InputLine> line = reader.next(); line.isPresent(); line = reader.next()) {
                lines.add(line.get());
            }
        }
        return lines;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
