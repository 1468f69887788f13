package com.commerceconnectors.cli.export;

import com.commerceconnectors.cli.camel.ConnectorHeaders;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;

/**
 * The export's output: each exchange's record as one line of JSON (NDJSON), in the record's own field order, written
 * to {@code FILE.partial}; renamed to {@code FILE} only by {@link #complete()}. Also counts what went through:
 * records, pages, and the run's upper bound. Used by the consumer's single thread; read once the run is over.
 */
final class RecordFile implements Processor, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Path partial;
    private final Path target;
    private final FileChannel channel;
    private final OutputStream out;
    private final ExportProgress progress;
    private final ConnectorHeaders headers;
    private long records;
    private int pages;
    private String upperBound;
    private boolean closed;

    private RecordFile(Path partial, Path target, FileChannel channel, ExportProgress progress, ConnectorHeaders headers) {
        this.partial = partial;
        this.target = target;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        this.progress = progress;
        this.headers = headers;
    }

    /**
     * Creates (or empties) {@code request.partial()} and removes an earlier {@code request.out()}, so that a failed
     * run never leaves behind a file that looks like its result.
     */
    static RecordFile create(ExportRequest request, ExportProgress progress) throws ExportException {
        Path partial = request.partial();
        Path target = request.out();
        Path directory = target.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new ExportException("cannot write " + target + ": the directory " + directory + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new ExportException("cannot write " + target + ": it is a directory; --out names the file to write");
        }
        try {
            Files.deleteIfExists(target);
            FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return new RecordFile(partial, target, channel, progress,
                    ConnectorHeaders.of(request.connection().connector()));
        } catch (IOException e) {
            throw new ExportException("cannot write " + partial + ": " + describe(e), e);
        }
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof Map<?, ?>)) {
            throw new IOException("expected one record (a JSON object) per exchange, got "
                    + (body == null ? "no body" : body.getClass().getSimpleName()));
        }
        JSON.writeValue(out, body);
        out.write('\n');
        records++;
        Integer page = exchange.getMessage().getHeader(headers.pageNumber(), Integer.class);
        if (page != null && page > pages) {
            pages = page;
        }
        if (upperBound == null) {
            upperBound = exchange.getMessage().getHeader(headers.upperBound(), String.class);
        }
        if (endOfPage(exchange)) {
            progress.written(records, pages);
        }
    }

    private static boolean endOfPage(Exchange exchange) {
        Integer index = exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        Integer size = exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
        return index == null || size == null || index + 1 >= size;
    }

    long records() {
        return records;
    }

    int pages() {
        return pages;
    }

    /** The upper bound the component reported, in its platform's format (Magento's {@code yyyy-MM-dd HH:mm:ss}, ISO-8601). */
    Optional<String> upperBound() {
        return Optional.ofNullable(upperBound);
    }

    /** Flushes to disk and renames {@code FILE.partial} to {@code FILE} in one step. */
    void complete() throws ExportException {
        try {
            out.flush();
            channel.force(true);
            closeQuietly();
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same directory, so this only happens on unusual file systems; the content is complete either way
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExportException("cannot finish " + target + ": " + describe(e), e);
        }
    }

    /** Leaves what was written in {@code FILE.partial}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException ignored) {
            // the run failed already; what reached the disk stays in the .partial file
        }
        closeQuietly();
    }

    private void closeQuietly() {
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // closing the channel below is what matters
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
