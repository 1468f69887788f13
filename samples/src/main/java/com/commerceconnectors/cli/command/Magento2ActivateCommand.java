package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.cli.activate.ActivatedConnection;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.connection.secret.SecretCipherException;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.TransportSettings;
import com.commerceconnectors.magento2.oauth.ActivationCallback;
import com.commerceconnectors.magento2.oauth.ActivationReceiver;
import com.commerceconnectors.magento2.oauth.IntegrationActivation;
import com.commerceconnectors.magento2.oauth.IntegrationTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectors magento2-activate}: receives a Magento integration's activation, runs the OAuth 1.0a token
 * exchange and writes a ready {@code oauth1} connection document with its secrets encrypted.
 */
@Command(name = "magento2-activate",
        description = {"Activates a Magento integration and writes its oauth1 connection document.",
            "Listens for Magento's activation POST, prints the callback URL to paste into the integration",
            "(System > Extensions > Integrations > Callback URL), waits for 'Activate', exchanges the tokens",
            "(HMAC-SHA256) and writes the document with its secrets encrypted with " + SecretCipher.KEY_VARIABLE + ".",
            "Exit 0 when written, 1 when no activation came or the exchange failed, 2 when the key is missing",
            "or the document would be invalid, 64 for a wrong command line."},
        mixinStandardHelpOptions = true,
        footer = {"", "Example:",
            "  export " + SecretCipher.KEY_VARIABLE + "=\"$(connectors encrypt-secret --generate-key)\"",
            "  connectors magento2-activate --listen 0.0.0.0:8089 --callback-url https://erp.example.com:8089/magento2/activate \\",
            "      --out shop.json --name shop"})
public final class Magento2ActivateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8089", converter = ListenConverter.class,
            description = "Where to receive Magento's POST; port 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private InetSocketAddress listen;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = ActivationReceiver.DEFAULT_PATH,
            description = "The callback's path (default: ${DEFAULT-VALUE}).")
    private String path;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "The URL to tell Magento when it reaches this machine by another address (a proxy, NAT).")
    private URI callbackUrl;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The connection document to write (JSON).")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "The connection's name (default: the store's host name).")
    private String name;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "The store's REST root (default: the store_base_url Magento posts, plus 'rest').")
    private URI baseUri;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "How long to wait for the activation: 90s, 10m, 1h or ISO-8601 (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--plaintext-secrets",
            description = "Write the secrets in clear instead of encrypted (keep the file private).")
    private boolean plaintextSecrets;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    Magento2ActivateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            return fail(ExitCodes.USAGE, out + " exists; choose another --out or add --force to replace it");
        }
        Path directory = out.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return fail(ExitCodes.USAGE, "the directory of " + out + " does not exist");
        }
        SecretCipher cipher = null;
        if (!plaintextSecrets) {
            try {
                cipher = SecretCipher.fromEnvironment(context.environment());
            } catch (SecretCipherException e) {
                return fail(ExitCodes.INVALID_CONNECTION, e.getMessage() + ". The document's secrets are written"
                        + " encrypted with that key; to write them in clear instead, add --plaintext-secrets");
            }
        }
        Optional<ActivationCallback> activation;
        try (ActivationReceiver receiver = ActivationReceiver.start(listen, path)) {
            URI callback = callbackUrl != null ? callbackUrl : receiver.callbackUri();
            context.out().println(callback);
            context.out().flush();
            context.err().println("Paste this Callback URL into the integration (System > Extensions > Integrations >"
                    + " Edit), save, then click Activate (or Reauthorize) and Allow. Waiting up to " + text(timeout)
                    + " for Magento…");
            context.err().flush();
            activation = receiver.await(timeout);
        } catch (IOException e) {
            return fail(ExitCodes.FAILURE, "cannot listen on " + listen.getHostString() + ":" + listen.getPort() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "); choose another --listen address");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(ExitCodes.FAILURE, "interrupted while waiting for the activation");
        }
        if (activation.isEmpty()) {
            return fail(ExitCodes.FAILURE, "no activation arrived within " + text(timeout) + ". Check that Magento can"
                    + " reach the callback URL (firewall, --listen address, --callback-url) and click Activate again");
        }
        context.err().println("Activation received from " + activation.get().storeBaseUrl() + "; exchanging tokens…");
        IntegrationTokens tokens;
        try (IntegrationActivation exchange = IntegrationActivation.create(TransportSettings.defaults(), Clock.systemUTC())) {
            tokens = exchange.exchange(activation.get());
        } catch (ApiException e) {
            return fail(ExitCodes.FAILURE, e.getMessage());
        }
        return write(tokens, cipher);
    }

    private int write(IntegrationTokens tokens, SecretCipher cipher) {
        String document;
        Connection checked;
        try {
            document = ActivatedConnection.text(tokens, name, baseUri, cipher);
            checked = ActivatedConnection.check(document, out.toString(), context.environment());
        } catch (SecretCipherException e) {
            return fail(ExitCodes.INVALID_CONNECTION, "the secrets could not be encrypted: " + e.getMessage());
        } catch (ConnectionException invalid) {
            // its message lists every problem and never a secret; the tokens are lost with it, so say what to do
            context.err().println(invalid.getMessage());
            return fail(ExitCodes.INVALID_CONNECTION, "nothing was written; fix the options above and activate again");
        }
        try {
            writePrivately(document);
        } catch (IOException e) {
            return fail(ExitCodes.FAILURE, "cannot write " + out + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        context.err().println("Wrote " + out + ": connection '" + checked.name() + "' to " + checked.baseUri()
                + " (oauth1, HMAC-SHA256" + (cipher == null ? ", secrets in clear" : ", secrets encrypted") + ")."
                + " Try it: connectors test-connection --connection " + out);
        return ExitCodes.OK;
    }

    /** Written next to the target, readable by the owner only, then moved into place in one step. */
    private void writePrivately(String document) throws IOException {
        Path directory = out.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, ".activate-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            temporary = Files.createTempFile(directory, ".activate-", ".tmp");
        }
        try {
            Files.writeString(temporary, document, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("it appeared while the activation ran", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private int fail(int code, String message) {
        context.err().println("error: " + message);
        context.err().flush();
        return code;
    }

    private static String text(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** {@code HOST:PORT}, {@code [IPv6]:PORT}, {@code :PORT} or {@code PORT} (all on 127.0.0.1). */
    static final class ListenConverter implements CommandLine.ITypeConverter<InetSocketAddress> {
        private static final Pattern FORM = Pattern.compile("(?:(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]*):)?(\\d{1,5})");

        @Override
        public InetSocketAddress convert(String value) {
            Matcher m = FORM.matcher(value.strip());
            int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (port < 0 || port > 65535) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not HOST:PORT, e.g. 127.0.0.1:8089");
            }
            String host = m.group(1) == null || m.group(1).isEmpty() ? "127.0.0.1" : m.group(1).replaceAll("[\\[\\]]", "");
            InetSocketAddress address = new InetSocketAddress(host, port);
            if (address.isUnresolved()) {
                throw new CommandLine.TypeConversionException("the host of '" + value + "' does not resolve");
            }
            return address;
        }
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, plain seconds, or ISO-8601 ({@code PT10M}); positive. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smh]?)");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Duration d = null;
            Matcher m = SHORT.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            if (d == null || d.isZero() || d.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration such as 90s,"
                        + " 10m, 1h or PT10M");
            }
            return d;
        }
    }
}
