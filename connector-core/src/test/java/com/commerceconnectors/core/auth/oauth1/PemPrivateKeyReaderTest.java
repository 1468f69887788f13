package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.bouncycastle.openssl.PKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.stream.Stream;

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

    static Stream<Arguments> encryptedKeys() {
        return Stream.of(
                Arguments.of("PKCS#8 PBES2 AES-256-CBC", TestKeys.encryptedPkcs8(PKCS8Generator.AES_256_CBC)),
                Arguments.of("PKCS#8 PBES2 DES-EDE3-CBC", TestKeys.encryptedPkcs8(PKCS8Generator.DES3_CBC)),
                Arguments.of("PKCS#8 PKCS#12 PBE SHA1 3DES", TestKeys.encryptedPkcs8(PKCS8Generator.PBE_SHA1_3DES)),
                Arguments.of("legacy AES-256-CBC", TestKeys.encryptedPkcs1("AES-256-CBC")),
                Arguments.of("legacy AES-128-CBC", TestKeys.encryptedPkcs1("AES-128-CBC")),
                Arguments.of("legacy DES-EDE3-CBC", TestKeys.encryptedPkcs1("DES-EDE3-CBC")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedKeys")
    void decryptsAnEncryptedKeyWithItsPassphraseToTheSameKey(String form, String pem) {
        RSAPrivateCrtKey plain = (RSAPrivateCrtKey) PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-pkcs1.pem"));

        RSAPrivateCrtKey decrypted = (RSAPrivateCrtKey) PemPrivateKeyReader.readRsa(Secret.of(pem),
                Secret.of(TestKeys.PASSPHRASE));

        assertThat(pem).contains("ENCRYPTED");
        assertThat(decrypted.getModulus()).isEqualTo(plain.getModulus());
        assertThat(decrypted.getPrivateExponent()).isEqualTo(plain.getPrivateExponent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedKeys")
    void saysAWrongPassphraseDoesNotDecryptTheKeyWithoutQuotingEither(String form, String pem) {
        String wrong = "wrong-" + TestKeys.PASSPHRASE;

        assertRefused(pem, wrong, "auth.privateKeyPassphrase does not decrypt auth.privateKey. Check the passphrase: "
                + "openssl pkey -in key.pem -noout asks for it and says whether it is right.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted-pkcs8.pem", "encrypted-pkcs1.pem"})
    void saysAnOpenSslEncryptedKeyWithoutAPassphraseNeedsOne(String file) {
        String message = "auth.privateKey is encrypted and auth.privateKeyPassphrase is not set. Set "
                + "auth.privateKeyPassphrase to the key's passphrase (as enc:…, ${env:…} or ${file:…}), or store the key "
                + "unencrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem).";
        assertRefused(TestKeys.pem(file), null, message);
        assertRefused(TestKeys.pem(file), "", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted-pkcs8.pem", "encrypted-pkcs1.pem"})
    void saysAnOpenSslEncryptedKeyIsNotOpenedByAnotherPassphrase(String file) {
        assertThatThrownBy(() -> PemPrivateKeyReader.readRsa(TestKeys.secret(file), Secret.of(TestKeys.PASSPHRASE)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getMessage()).startsWith("auth.privateKeyPassphrase does not decrypt auth.privateKey.");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void ignoresAPassphraseGivenWithAnUnencryptedKey() {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-pkcs8.pem"),
                Secret.of(TestKeys.PASSPHRASE));

        assertThat(key.getModulus().bitLength()).isEqualTo(1024);
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
        assertRefused(pem, null, message);
    }

    private static void assertRefused(String pem, String passphrase, String message) {
        assertThatThrownBy(() -> PemPrivateKeyReader.readRsa(Secret.of(pem), Secret.ofNullable(passphrase)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getCause()).isNull();
                    if (passphrase != null && !passphrase.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(passphrase).doesNotContain(TestKeys.PASSPHRASE);
                    }
                    for (String line : pem.split("\n")) {
                        if (line.length() > 20 && !line.startsWith("-----")) {
                            assertThat(e.getMessage()).doesNotContain(line.substring(0, 20));
                        }
                    }
                });
    }
}
