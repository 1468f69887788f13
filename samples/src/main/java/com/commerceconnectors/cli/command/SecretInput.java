package com.commerceconnectors.cli.command;

import com.commerceconnectors.cli.CliContext;
import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one secret: from the terminal without echo when there is one, otherwise all of standard input less one
 * final newline (so {@code echo "$TOKEN" |} and a multi-line PEM file both work).
 */
final class SecretInput {

    static final int MAX_BYTES = 1024 * 1024;

    private SecretInput() {
    }

    /** The secret, or empty when there is none; an {@link IOException} when the input is too large or not UTF-8. */
    static Optional<String> read(CliContext context) throws IOException {
        if (context.console().isPresent()) {
            Console console = context.console().get();
            char[] typed = console.readPassword("Secret to encrypt (not shown): ");
            if (typed == null || typed.length == 0) {
                return Optional.empty();
            }
            String secret = new String(typed);
            java.util.Arrays.fill(typed, '\0');
            return Optional.of(secret);
        }
        byte[] bytes = context.in().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("the secret on standard input is larger than 1 MiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the secret on standard input is not UTF-8 text");
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
