package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.cli.run.SandboxConnections;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code connectors sandbox [--port N]}: the embedded platform emulator with demo data, until stopped. Prints exactly
 * one line on standard output once it answers, {@code SANDBOX READY {json}}, with its base URIs and public test
 * credentials (printing them is the point: they open nothing but this sandbox).
 */
@Command(name = "sandbox",
        description = {"Runs the embedded Magento 2, Oro and Commerce Layer emulators with demo data until stopped (Ctrl-C).",
            "Prints one line once it answers: SANDBOX READY {json} with its base URIs and public test credentials."},
        mixinStandardHelpOptions = true)
public final class SandboxCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port on 127.0.0.1 (default: 0, any free port).")
    private int port;

    SandboxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': must be between 0 and 65535, not " + port);
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.builder().port(port).start();
        } catch (IOException e) {
            context.err().println("error: the sandbox cannot start: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM end the JVM through its shutdown hooks; close the server there
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SandboxConnections.seed(sandbox);
            context.out().println("SANDBOX READY " + sandbox.readyJson());
            context.out().flush();
            context.err().println("The sandbox runs at " + sandbox.baseUri() + " until stopped (Ctrl-C).");
            context.err().flush();
            stopped.await();
        } catch (InterruptedException e) {
            // stopped by the embedding program rather than a signal
            Thread.currentThread().interrupt();
        } finally {
            sandbox.close();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run; nothing to undo
        }
    }
}
