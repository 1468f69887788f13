package com.commerceconnectors.cli.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Splits NDJSON input into lines of bytes. Works on bytes rather than characters so that a line that is not UTF-8
 * fails alone (the JSON parser reports it) instead of ending the run. A line longer than the limit is skipped to
 * its end and reported as too long, so one runaway line costs neither the memory nor the rest of the file.
 */
final class LineReader implements AutoCloseable {

    /** Large enough for a product with a few base64 images; a line beyond it is almost surely not one record. */
    static final int DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private long number;
    private boolean ended;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or empty at the end of the input. */
    Optional<InputLine> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (!any) {
                    return Optional.empty();
                }
                break;
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int length = end - position;
            if (!tooLong && line.size() + length > maxLineBytes) {
                tooLong = true;
                line.reset();
            }
            if (!tooLong) {
                line.write(buffer, position, length);
            }
            boolean newline = end < limit;
            position = newline ? end + 1 : end;
            if (newline) {
                break;
            }
        }
        number++;
        byte[] bytes = tooLong ? new byte[0] : withoutLineEnd(line.toByteArray());
        if (number == 1) {
            bytes = withoutBom(bytes);
        }
        return Optional.of(new InputLine(number, bytes, tooLong));
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    long linesRead() {
        return number;
    }

    private static byte[] withoutLineEnd(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] shorter = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, shorter, 0, shorter.length);
            return shorter;
        }
        return bytes;
    }

    /** Some editors on Windows start UTF-8 files with a byte order mark, which JSON does not allow. */
    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            byte[] rest = new byte[bytes.length - 3];
            System.arraycopy(bytes, 3, rest, 0, rest.length);
            return rest;
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
