package com.commerceconnectors.connection.placeholder;

import com.commerceconnectors.connection.document.DocumentReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the files that {@code ${file:PATH}} names: relative paths start at the document's directory, the content is
 * UTF-8 within the size limit, and one trailing newline is dropped (files written by editors and {@code echo} end
 * with one; a token does not).
 */
public final class PlaceholderFiles {

    private final Path baseDirectory;
    private final int maxBytes;
    private final String maxBytesText;

    public PlaceholderFiles(Path baseDirectory, int maxBytes, String maxBytesText) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
        this.maxBytes = maxBytes;
        this.maxBytesText = maxBytesText;
    }

    String read(String path) throws PlaceholderException {
        Path file;
        boolean absolute;
        try {
            absolute = Path.of(path).isAbsolute();
            file = baseDirectory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new PlaceholderException("placeholder", "${file:" + path + "} is not a valid file path");
        }
        String where = "the file " + path + " named by ${file:…}"
                + (absolute ? "" : " (resolved to " + file.toAbsolutePath() + ")");
        if (Files.isDirectory(file)) {
            throw new PlaceholderException("placeholder", where + " is a directory");
        }
        byte[] bytes;
        try {
            bytes = DocumentReader.readSmallFile(file, maxBytes);
        } catch (NoSuchFileException e) {
            throw new PlaceholderException("placeholder", where + " does not exist");
        } catch (AccessDeniedException e) {
            throw new PlaceholderException("placeholder", where + " cannot be read: permission denied");
        } catch (IOException e) {
            throw new PlaceholderException("placeholder", where + " cannot be read or is larger than " + maxBytesText);
        } catch (SecurityException e) {
            throw new PlaceholderException("placeholder", where + " cannot be read: access is not permitted");
        }
        String text = DocumentReader.decodeUtf8(bytes);
        if (text == null) {
            throw new PlaceholderException("placeholder", where + " is not UTF-8 text");
        }
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
