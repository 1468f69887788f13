package com.commerceconnectors.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Runs the CLI in-process with captured standard output and error, a given standard input and environment. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withInput(Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                environment::get,
                Optional.empty());
        int code = ConnectorsCli.run(args, context);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Map<String, String> environment, String... args) {
        return withInput(environment, "", args);
    }

    /** Standard output and error together, for searches that must cover both. */
    String all() {
        return out + err;
    }
}
