package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemPrivateKeyReaderTest {

    @Test
    void readsTheSameKeyFromPkcs1AndPkcs8() {
        RSAPrivateCrtKey pkcs1 = (RSAPrivateCrtKey) PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-pkcs1.pem"));
        RSAPrivateCrtKey pkcs8 = (RSAPrivateCrtKey) PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-pkcs8.pem"));

        assertThat(pkcs1.getModulus().bitLength()).isEqualTo(1024);
        assertThat(pkcs8.getModulus()).isEqualTo(pkcs1.getModulus());
        assertThat(pkcs8.getPrivateExponent()).isEqualTo(pkcs1.getPrivateExponent());
    }

    @Test
    void toleratesTextAroundThePemBlock() {
        String pem = "key exported 2024-01-01\n" + TestKeys.pem("oauthlib-rsa-1024-pkcs1.pem") + "\n";

        assertThat(PemPrivateKeyReader.readRsa(Secret.of(pem)).getAlgorithm()).isEqualTo("RSA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted-pkcs8.pem", "encrypted-pkcs1.pem"})
    void saysAnEncryptedKeyNeedsAPassphrase(String file) {
        assertRefused(TestKeys.pem(file), "auth.privateKey is an encrypted private key, which needs a passphrase that a "
                + "connection cannot hold. Store the key unencrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem) and protect "
                + "it with enc: or ${file:…} and tight file permissions instead.");
    }

    @Test
    void saysAPublicKeyIsNotEnough() {
        assertRefused(TestKeys.pem("oauthlib-rsa-1024-public.pem"), "auth.privateKey holds a public key or a certificate. "
                + "RSA signing needs the private key; the platform keeps the public one.");
    }

    @Test
    void saysAnEcKeyIsNotAnRsaKey() {
        assertRefused(TestKeys.pem("ec-p256-pkcs8.pem"), "auth.privateKey is not an RSA private key. The RSA-* signature "
                + "methods need an RSA key (an EC or DSA key cannot be used).");
    }

    @Test
    void saysADamagedKeyIsDamagedWithoutQuotingIt() {
        String pem = TestKeys.pem("oauthlib-rsa-1024-pkcs1.pem");
        String damaged = pem.replace("MIICXgIBAAKBgQDk1", "MIICXgIBAAKBgQDk1!!");

        assertRefused(damaged, "auth.privateKey is not a readable PEM private key: the text between the BEGIN and END "
                + "lines is damaged. Paste the whole key, from -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA "
                + "PRIVATE KEY----- (PKCS#1) to the matching END line.");
    }

    @Test
    void saysATruncatedKeyIsDamaged() {
        String pem = TestKeys.pem("oauthlib-rsa-1024-pkcs8.pem");
        String[] lines = pem.split("\n");
        String truncated = String.join("\n", Arrays.copyOfRange(lines, 0, 4)) + "\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> PemPrivateKeyReader.readRsa(Secret.of(truncated)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("auth.privateKey is not a ").contains("damaged");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void saysWhenThereIsNoKeyAtAll() {
        assertRefused("", "auth.privateKey is required for the RSA-* signature methods. Paste the whole key, from "
                + "-----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1) to the matching END line.");
        assertRefused("not a key", "auth.privateKey holds no PEM block. Paste the whole key, from -----BEGIN PRIVATE "
                + "KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1) to the matching END line.");
    }

    private static void assertRefused(String pem, String message) {
        assertThatThrownBy(() -> PemPrivateKeyReader.readRsa(Secret.of(pem)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getCause()).isNull();
                    for (String line : pem.split("\n")) {
                        if (line.length() > 20 && !line.startsWith("-----")) {
                            assertThat(e.getMessage()).doesNotContain(line.substring(0, 20));
                        }
                    }
                });
    }
}
