package com.commerceconnectors.connection.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.connection.support.TestEnvironment;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    @Test
    void encryptsAndDecryptsRoundTrip() throws Exception {
        SecretCipher cipher = SecretCipher.fromBase64Key(SecretCipher.generateKey());
        for (String secret : new String[] {"p@ss w0rd", "", "ünïcødé ✓ 密码", "line1\nline2", "x".repeat(10_000)}) {
            String encrypted = cipher.encrypt(secret);
            assertThat(encrypted).startsWith("enc:v1:").doesNotContain(secret.isEmpty() ? "\u0000" : secret);
            assertThat(cipher.decrypt(encrypted)).isEqualTo(secret);
        }
    }

    @Test
    void theFormatIsNonceCiphertextAndTagInBase64() throws Exception {
        SecretCipher cipher = SecretCipher.fromBase64Key(TestEnvironment.SECRET_KEY);
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("abc").substring("enc:v1:".length()));
        assertThat(raw).hasSize(12 + 3 + 16);
        // a value made by the same key earlier, as stored in the test documents
        assertThat(cipher.decrypt("enc:v1:18h3ZtF/+5LSEynZPSjmgoKcsUtiguqoUgx5VDlSPPntKar3ip8ZRClvhPk="))
                .isEqualTo("enc-token-s3cr3t");
    }

    @Test
    void aFreshNonceMakesEachEncryptionDifferent() throws Exception {
        SecretCipher cipher = SecretCipher.fromBase64Key(SecretCipher.generateKey());
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void theWrongKeyCannotDecrypt() throws Exception {
        String encrypted = SecretCipher.fromBase64Key(SecretCipher.generateKey()).encrypt("secret");
        SecretCipher other = SecretCipher.fromBase64Key(SecretCipher.generateKey());
        assertThatThrownBy(() -> other.decrypt(encrypted))
                .isInstanceOfSatisfying(SecretCipherException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.UNDECRYPTABLE);
                    assertThat(e.getMessage()).contains("another key").doesNotContain("secret\"");
                });
    }

    @Test
    void tamperedOrTruncatedValuesAreRefused() throws Exception {
        SecretCipher cipher = SecretCipher.fromBase64Key(SecretCipher.generateKey());
        String encrypted = cipher.encrypt("secret value");
        byte[] raw = Base64.getDecoder().decode(encrypted.substring(7));
        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 0x01;
            String tampered = "enc:v1:" + Base64.getEncoder().encodeToString(changed);
            assertThatThrownBy(() -> cipher.decrypt(tampered))
                    .isInstanceOfSatisfying(SecretCipherException.class,
                            e -> assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.UNDECRYPTABLE));
        }
        String truncated = "enc:v1:" + Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, raw.length - 1));
        assertThatThrownBy(() -> cipher.decrypt(truncated)).isInstanceOf(SecretCipherException.class);
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:AAAA"))
                .isInstanceOfSatisfying(SecretCipherException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.MALFORMED));
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:***"))
                .isInstanceOfSatisfying(SecretCipherException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.MALFORMED));
        assertThatThrownBy(() -> cipher.decrypt("enc:v2:" + encrypted.substring(7)))
                .isInstanceOfSatisfying(SecretCipherException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> cipher.decrypt("plain"))
                .isInstanceOfSatisfying(SecretCipherException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.MALFORMED));
    }

    @Test
    void theKeyComesFromTheEnvironmentAndMustBe32Bytes() throws Exception {
        assertThatThrownBy(() -> SecretCipher.fromEnvironment(Map.<String, String>of()::get))
                .isInstanceOfSatisfying(SecretCipherException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretCipherException.Reason.KEY_MISSING);
                    assertThat(e.isKeyProblem()).isTrue();
                    assertThat(e.getMessage()).contains("CONNECTORS_SECRET_KEY is not set").contains("--generate-key");
                });
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        for (String bad : new String[] {shortKey, "not base64 at all!", "   "}) {
            assertThatThrownBy(() -> SecretCipher.fromEnvironment(Map.of("CONNECTORS_SECRET_KEY", bad)::get))
                    .isInstanceOfSatisfying(SecretCipherException.class, e -> {
                        assertThat(e.isKeyProblem()).isTrue();
                        assertThat(e.getMessage()).doesNotContain(bad.strip().isEmpty() ? "\u0000" : bad);
                    });
        }
        SecretCipher fromEnvironment = SecretCipher.fromEnvironment(Map.of("CONNECTORS_SECRET_KEY", TestEnvironment.SECRET_KEY + "\n")::get);
        assertThat(fromEnvironment.decrypt(SecretCipher.fromBase64Key(TestEnvironment.SECRET_KEY).encrypt("x"))).isEqualTo("x");
    }

    @Test
    void urlSafeKeysAreAccepted() throws Exception {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 0xFB); // encodes with '-' and '_' in the URL-safe alphabet
        String urlSafe = Base64.getUrlEncoder().encodeToString(key);
        String standard = Base64.getEncoder().encodeToString(key);
        assertThat(urlSafe).isNotEqualTo(standard);
        String encrypted = SecretCipher.fromBase64Key(standard).encrypt("v");
        assertThat(SecretCipher.fromBase64Key(urlSafe).decrypt(encrypted)).isEqualTo("v");
    }

    @Test
    void generatedKeysAre32RandomBytesAndTheCipherNeverPrintsIts() throws Exception {
        String key = SecretCipher.generateKey();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(SecretCipher.generateKey()).isNotEqualTo(key);
        assertThat(SecretCipher.fromBase64Key(key).toString()).doesNotContain(key);
    }
}
