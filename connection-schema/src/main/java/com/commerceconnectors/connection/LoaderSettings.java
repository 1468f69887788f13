package com.commerceconnectors.connection;

import com.commerceconnectors.connection.document.DocumentLimits;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a {@link ConnectionLoader} reaches the world: the seams tests replace.
 *
 * @param environment   looks up {@code ${env:NAME}} variables and the decryption key {@code CONNECTORS_SECRET_KEY}
 * @param baseDirectory where relative {@code ${file:…}} paths start for documents that have no directory of their
 *                      own (strings and classpath resources); a file's own directory is used for files
 * @param limits        size and nesting limits
 * @param classLoader   where {@code classpath:} documents are found
 */
public record LoaderSettings(Function<String, String> environment, Path baseDirectory, DocumentLimits limits,
                             ClassLoader classLoader) {

    public LoaderSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(classLoader, "classLoader");
        baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath();
    }

    /** The process environment, the working directory, 1 MiB and 32 levels, the thread's class loader. */
    public static LoaderSettings defaults() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new LoaderSettings(System::getenv, Path.of(""), DocumentLimits.DEFAULT,
                context != null ? context : ConnectionLoader.class.getClassLoader());
    }

    public LoaderSettings withEnvironment(Function<String, String> environment) {
        return new LoaderSettings(environment, baseDirectory, limits, classLoader);
    }

    public LoaderSettings withBaseDirectory(Path baseDirectory) {
        return new LoaderSettings(environment, baseDirectory, limits, classLoader);
    }

    public LoaderSettings withLimits(DocumentLimits limits) {
        return new LoaderSettings(environment, baseDirectory, limits, classLoader);
    }

    public LoaderSettings withClassLoader(ClassLoader classLoader) {
        return new LoaderSettings(environment, baseDirectory, limits, classLoader);
    }

    @Override
    public String toString() {
        // the environment function may close over secrets: never print it
        return "LoaderSettings[baseDirectory=" + baseDirectory + ", limits=" + limits + "]";
    }
}
