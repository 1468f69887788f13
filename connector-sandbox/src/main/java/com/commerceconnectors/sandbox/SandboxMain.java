package com.commerceconnectors.sandbox;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerDemoData;
import com.commerceconnectors.sandbox.magento.MagentoDemoData;
import com.commerceconnectors.sandbox.oro.OroDemoData;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox with demo data until stopped (Ctrl-C or SIGTERM). Prints exactly one line on standard output
 * once it answers: {@code SANDBOX READY {json}} with the base URIs and the public test credentials.
 * <p>
 * Options: {@code --port N} (default 0: a free port), {@code --products N}, {@code --customers N},
 * {@code --orders N}. Exit codes: 1 when the port cannot be bound, 64 for a usage error.
 */
public final class SandboxMain {

    static final int EXIT_RUNTIME = 1;
    static final int EXIT_USAGE = 64;

    private SandboxMain() {
    }

    public static void main(String[] args) {
        Sandbox sandbox;
        try {
            sandbox = launch(Options.parse(args), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("sandbox: " + e.getMessage());
            System.err.println("usage: sandbox [--port N] [--products N] [--customers N] [--orders N]");
            System.exit(EXIT_USAGE);
            return;
        } catch (IOException e) {
            System.err.println("sandbox: " + e.getMessage());
            System.exit(EXIT_RUNTIME);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sandbox.close();
        }
    }

    /** Starts the sandbox with demo data and prints the ready line; the caller owns (and closes) the sandbox. */
    static Sandbox launch(Options options, PrintStream out) throws IOException {
        Sandbox sandbox = Sandbox.builder().port(options.port).start();
        MagentoDemoData.seed(sandbox.magento(), options.products, options.customers, options.orders);
        OroDemoData.seed(sandbox.oro());
        CommerceLayerDemoData.seed(sandbox.commerceLayer());
        out.println("SANDBOX READY " + sandbox.readyJson());
        out.flush();
        return sandbox;
    }

    /** Command-line options. */
    static final class Options {
        int port;
        int products = MagentoDemoData.PRODUCTS;
        int customers = MagentoDemoData.CUSTOMERS;
        int orders = MagentoDemoData.ORDERS;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--help") || name.equals("-h")) {
                    throw new IllegalArgumentException(
                            "runs the Magento, Oro and Commerce Layer emulators with demo data until stopped");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                int value = number(name, args[++i]);
                switch (name) {
                    case "--port":
                        if (value > 65535) {
                            throw new IllegalArgumentException("--port must be between 0 and 65535");
                        }
                        options.port = value;
                        break;
                    case "--products":
                        options.products = value;
                        break;
                    case "--customers":
                        options.customers = value;
                        break;
                    case "--orders":
                        options.orders = value;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + name);
                }
            }
            return options;
        }

        private static int number(String option, String text) {
            try {
                int value = Integer.parseInt(text);
                if (value < 0) {
                    throw new IllegalArgumentException(option + " must not be negative");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
            }
        }
    }
}
