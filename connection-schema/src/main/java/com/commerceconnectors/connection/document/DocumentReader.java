package com.commerceconnectors.connection.document;

import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a document from a location ({@code file:PATH}, {@code classpath:PATH} or a plain path), a file, or a string,
 * within the size limit, and decodes it as UTF-8. Every failure is a {@link ConnectionException} with one violation
 * at the document's root.
 */
public final class DocumentReader {

    private static final String FILE = "file:";
    private static final String CLASSPATH = "classpath:";

    private final DocumentLimits limits;
    private final Path defaultBaseDirectory;
    private final ClassLoader classLoader;

    public DocumentReader(DocumentLimits limits, Path defaultBaseDirectory, ClassLoader classLoader) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.defaultBaseDirectory = Objects.requireNonNull(defaultBaseDirectory, "defaultBaseDirectory");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    public SourceText read(String location) {
        if (location == null || location.isBlank()) {
            throw problem("<none>", "unreadable", "no connection document was given (expected file:PATH, classpath:PATH or a path)");
        }
        if (location.startsWith(CLASSPATH)) {
            return readResource(location, location.substring(CLASSPATH.length()));
        }
        String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
        if (path.startsWith("//")) {
            // file:///etc/x.json: the URI form; its authority must be empty
            path = path.substring(2);
            if (!path.startsWith("/")) {
                throw problem(location, "unreadable", "file URIs must name a local file, as file:///path or file:path");
            }
        }
        try {
            return read(Path.of(path));
        } catch (InvalidPathException e) {
            throw problem(location, "unreadable", "is not a valid file path");
        }
    }

    public SourceText read(Path file) {
        String source = file == null ? "<none>" : file.toString();
        if (file == null) {
            throw problem(source, "unreadable", "no connection document was given");
        }
        try {
            if (Files.isDirectory(file)) {
                throw problem(source, "unreadable", "is a directory, not a connection document");
            }
            if (Files.exists(file) && Files.size(file) > limits.maxBytes()) {
                throw tooLarge(source);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readBounded(in, source);
            }
            Path directory = file.toAbsolutePath().getParent();
            return new SourceText(decode(bytes, source), source, directory == null ? defaultBaseDirectory : directory);
        } catch (NoSuchFileException e) {
            throw problem(source, "unreadable", "file not found");
        } catch (AccessDeniedException e) {
            throw problem(source, "unreadable", "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            throw problem(source, "unreadable", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    public SourceText fromText(String text, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "<string>" : sourceName;
        if (text == null) {
            throw problem(source, "unreadable", "no document text was given");
        }
        if (text.length() > limits.maxBytes() || utf8Length(text) > limits.maxBytes()) {
            throw tooLarge(source);
        }
        return new SourceText(stripBom(text), source, defaultBaseDirectory);
    }

    /** Reads a file named by a placeholder within the same limit; the caller words the violation. */
    public static byte[] readSmallFile(Path file, int maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            throw new IOException("larger than the limit");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("larger than the limit");
            }
            return bytes;
        }
    }

    /** Strict UTF-8, or {@code null} when the bytes are not UTF-8 text. */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private SourceText readResource(String location, String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        if (name.isBlank()) {
            throw problem(location, "unreadable", "names no resource (expected classpath:path/to/connection.yaml)");
        }
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw problem(location, "unreadable", "not found on the classpath");
            }
            return new SourceText(decode(readBounded(in, location), location), location, defaultBaseDirectory);
        } catch (IOException e) {
            throw problem(location, "unreadable", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(source);
        }
        return bytes;
    }

    private static String decode(byte[] bytes, String source) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw problem(source, "encoding", "is UTF-16 text; save it as UTF-8");
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
            throw problem(source, "encoding", "is not UTF-8 text (is it a binary file?)");
        }
        return stripBom(text);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private ConnectionException tooLarge(String source) {
        return problem(source, "size", "is larger than " + limits.describeMaxBytes() + "; a connection document is a few lines");
    }

    private static ConnectionException problem(String source, String rule, String message) {
        return new ConnectionException(source, new Violation("", rule, message));
    }
}
