package com.commerceconnectors.connection.secret;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts the secrets of connection documents with AES-256-GCM.
 *
 * <p>The encrypted form is {@code enc:v1:<base64(nonce || ciphertext || tag)>}: a random 12-byte nonce, the UTF-8
 * ciphertext, and the 16-byte GCM tag, in standard base64 with padding. The key is 32 random bytes, given in base64 in
 * the environment variable {@value #KEY_VARIABLE}; create one with {@link #generateKey()} (the CLI's
 * {@code connectors encrypt-secret --generate-key}). Keep the key out of the documents: whoever holds both can read
 * every secret. A value that was changed, truncated or encrypted with another key fails to decrypt, because GCM
 * authenticates it.
 */
public final class SecretCipher {

    /** The environment variable that holds the base64 key. */
    public static final String KEY_VARIABLE = "CONNECTORS_SECRET_KEY";
    /** Every encrypted value starts with this; the version after it selects the format. */
    public static final String MARKER = "enc:";
    /** The prefix of the one format this version writes and reads. */
    public static final String PREFIX = "enc:v1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A cipher with the key in {@value #KEY_VARIABLE}, looked up through {@code environment}. */
    public static SecretCipher fromEnvironment(Function<String, String> environment) throws SecretCipherException {
        String value = environment.apply(KEY_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new SecretCipherException(SecretCipherException.Reason.KEY_MISSING,
                    "the environment variable " + KEY_VARIABLE + " is not set; it must hold the base64 key the secrets"
                            + " were encrypted with (create a key with: connectors encrypt-secret --generate-key)");
        }
        return fromBase64Key(value);
    }

    /** A cipher with a base64 (standard or URL-safe) encoded 32-byte key. */
    public static SecretCipher fromBase64Key(String base64Key) throws SecretCipherException {
        byte[] key = decodeBase64(base64Key == null ? "" : base64Key.strip());
        if (key == null || key.length != KEY_BYTES) {
            throw new SecretCipherException(SecretCipherException.Reason.KEY_INVALID,
                    "the key in " + KEY_VARIABLE + " is not valid: it must be the base64 encoding of exactly "
                            + KEY_BYTES + " bytes (create one with: connectors encrypt-secret --generate-key)");
        }
        try {
            return new SecretCipher(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A new random key in base64, for {@value #KEY_VARIABLE}. */
    public static String generateKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Whether a value is meant to be decrypted (whatever its version). */
    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(MARKER);
    }

    /** The {@code enc:v1:…} form of {@code plaintext}; a fresh nonce each time, so equal secrets encrypt differently. */
    public String encrypt(String plaintext) throws SecretCipherException {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw unavailable();
        }
    }

    /** The plaintext of an {@code enc:v1:…} value. */
    public String decrypt(String encrypted) throws SecretCipherException {
        if (!isEncrypted(encrypted)) {
            throw malformed();
        }
        if (!encrypted.startsWith(PREFIX)) {
            throw new SecretCipherException(SecretCipherException.Reason.UNSUPPORTED_FORMAT,
                    "uses an encryption format this version cannot read; it reads only " + PREFIX + "…");
        }
        byte[] raw = decodeBase64(encrypted.substring(PREFIX.length()).strip());
        if (raw == null || raw.length < NONCE_BYTES + TAG_BITS / 8) {
            throw malformed();
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(plain)).toString();
            } catch (CharacterCodingException e) {
                throw malformed();
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new SecretCipherException(SecretCipherException.Reason.UNDECRYPTABLE,
                    "cannot be decrypted: it was encrypted with another key than the one in " + KEY_VARIABLE
                            + ", or the value was changed or cut");
        } catch (GeneralSecurityException e) {
            throw unavailable();
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-256-GCM]";
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notUrlSafe) {
                return null;
            }
        }
    }

    private static SecretCipherException malformed() {
        return new SecretCipherException(SecretCipherException.Reason.MALFORMED,
                "is not a valid encrypted value: expected " + PREFIX + "<base64 of a 12-byte nonce, the ciphertext and its tag>");
    }

    private static SecretCipherException unavailable() {
        return new SecretCipherException(SecretCipherException.Reason.UNAVAILABLE,
                "cannot be processed: this Java runtime does not provide AES-GCM");
    }
}
