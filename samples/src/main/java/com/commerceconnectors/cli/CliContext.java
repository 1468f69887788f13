package com.commerceconnectors.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command may touch of the outside world, injected so that tests run commands in-process: standard input,
 * standard output (results) and standard error (diagnostics), the environment, and the terminal when there is one.
 *
 * @param in          standard input
 * @param out         results: what scripts read
 * @param err         diagnostics: progress, warnings, error messages
 * @param environment environment variables
 * @param console     the interactive terminal, to read secrets without echo; empty when input is piped or in tests
 */
public record CliContext(InputStream in, PrintWriter out, PrintWriter err, Function<String, String> environment,
                         Optional<Console> console) {

    public CliContext {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(console, "console");
    }

    /** The process's own streams and environment. */
    public static CliContext system() {
        return new CliContext(System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System::getenv,
                Optional.ofNullable(System.console()));
    }

    @Override
    public String toString() {
        return "CliContext[interactive=" + console.isPresent() + "]";
    }
}
