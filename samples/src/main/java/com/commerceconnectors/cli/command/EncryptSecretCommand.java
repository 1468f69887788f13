package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import com.commerceconnectors.cli.ExitCodes;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.connection.secret.SecretCipherException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectors encrypt-secret}: reads a secret on standard input and prints its {@code enc:v1:…} form, encrypted
 * with the key in {@code CONNECTORS_SECRET_KEY}; {@code --generate-key} prints a new key instead. A missing or invalid
 * key exits with 2, like a document whose secrets cannot be decrypted. The secret itself is never printed.
 */
@Command(name = "encrypt-secret",
        description = {"Prints the encrypted enc:v1:… form of a secret, for connection documents.",
            "Reads the secret on standard input (all of it, less one final newline)",
            "and encrypts it with the base64 key in " + SecretCipher.KEY_VARIABLE + ".",
            "Exit 2 when the key is missing or invalid, 64 when no secret is given."},
        mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  export " + SecretCipher.KEY_VARIABLE + "=\"$(connectors encrypt-secret --generate-key)\"",
            "  printf '%%s' \"$SHOP_TOKEN\" | connectors encrypt-secret"})
public final class EncryptSecretCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--generate-key", description = "Print a new random key (base64 of 32 bytes) for " + SecretCipher.KEY_VARIABLE + ".")
    private boolean generateKey;

    EncryptSecretCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws SecretCipherException {
        if (generateKey) {
            context.out().println(SecretCipher.generateKey());
            context.err().println("Set this as " + SecretCipher.KEY_VARIABLE + " wherever connections are loaded;"
                    + " keep it out of the documents and out of version control.");
            return ExitCodes.OK;
        }
        SecretCipher cipher;
        try {
            cipher = SecretCipher.fromEnvironment(context.environment());
        } catch (SecretCipherException e) {
            context.err().println("error: " + e.getMessage());
            return ExitCodes.INVALID_CONNECTION;
        }
        Optional<String> secret;
        try {
            secret = SecretInput.read(context);
        } catch (IOException e) {
            context.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (secret.isEmpty()) {
            context.err().println("error: no secret on standard input; pipe it in, e.g. printf '%s' \"$TOKEN\" | connectors encrypt-secret");
            return ExitCodes.USAGE;
        }
        context.out().println(cipher.encrypt(secret.get()));
        return ExitCodes.OK;
    }
}
