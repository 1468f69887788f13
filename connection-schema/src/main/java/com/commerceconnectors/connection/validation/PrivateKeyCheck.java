package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Checks that an RSA-* signature method has a key it can sign with: an RSA private key in PEM, PKCS#8
 * ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), either one possibly encrypted
 * ({@code BEGIN ENCRYPTED PRIVATE KEY}, or PKCS#1 with {@code Proc-Type: 4,ENCRYPTED}) and then opened with
 * {@code privateKeyPassphrase}. Messages never show any part of the key or of the passphrase.
 */
final class PrivateKeyCheck {

    static final String KEY = "/auth/privateKey";
    static final String PASSPHRASE = "/auth/privateKeyPassphrase";

    private static final int MIN_BITS = 2048;

    private PrivateKeyCheck() {
    }

    /**
     * Errors, or warnings (a short key, an unused passphrase), for the key at {@link #KEY}.
     *
     * @param passphrase        the passphrase, or {@code null} when the document has none
     * @param passphraseUnknown the passphrase field already has an error (e.g. an unresolved placeholder): nothing is
     *                          said about whether it opens the key
     */
    static Result check(String pem, String passphrase, boolean passphraseUnknown) {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            object = parser.readObject();
        } catch (IOException | RuntimeException e) {
            return Result.error(new Violation(KEY, "pem",
                    "is not a readable PEM private key: the text between the BEGIN and END lines is damaged"));
        }
        boolean encrypted = object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
        if (encrypted && passphraseUnknown) {
            return Result.ok();
        }
        if (encrypted && passphrase == null) {
            return Result.error(new Violation(PASSPHRASE, "required", "required because privateKey is encrypted"));
        }
        PrivateKeyInfo info;
        if (encrypted) {
            info = decrypt(object, passphrase);
            if (info == null) {
                return Result.error(wrongPassphrase());
            }
        } else if (object instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (object instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (object instanceof SubjectPublicKeyInfo || object instanceof X509CertificateHolder) {
            return Result.error(new Violation(KEY, "pem",
                    "holds a public key or certificate; RSA signing needs the private key"));
        } else {
            return Result.error(new Violation(KEY, "pem",
                    "is not a PEM private key: expected -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)"));
        }
        if (info == null || !PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            return Result.error(new Violation(KEY, "pem", "is not an RSA private key; RSA-* signature methods need one"));
        }
        List<Violation> warnings = !encrypted && passphrase != null && !passphraseUnknown
                ? List.of(new Violation(PASSPHRASE, "unused", "is not used: privateKey is not encrypted; remove it"))
                : List.of();
        try {
            PrivateKey key = new JcaPEMKeyConverter().getPrivateKey(info);
            if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < MIN_BITS) {
                Violation weak = new Violation(KEY, "weakKey",
                        "is a " + rsa.getModulus().bitLength() + "-bit RSA key; use at least " + MIN_BITS + " bits");
                List<Violation> all = new ArrayList<>(List.of(weak));
                all.addAll(warnings);
                return new Result(List.of(), all);
            }
            return new Result(List.of(), warnings);
        } catch (IOException | RuntimeException e) {
            // a wrong passphrase can, rarely, pass the padding check and yield bytes that are no key
            return Result.error(encrypted ? wrongPassphrase()
                    : new Violation(KEY, "pem", "is not a usable RSA private key: its content is damaged"));
        }
    }

    /** The decrypted key, or {@code null} when the passphrase does not open it. */
    private static PrivateKeyInfo decrypt(Object encrypted, String passphrase) {
        char[] password = passphrase.toCharArray();
        try {
            if (encrypted instanceof PKCS8EncryptedPrivateKeyInfo pkcs8) {
                return pkcs8.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                        .setProvider(Bc.PROVIDER).build(password));
            }
            PEMEncryptedKeyPair legacy = (PEMEncryptedKeyPair) encrypted;
            return legacy.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password))
                    .getPrivateKeyInfo();
        } catch (Exception e) {
            // a wrong passphrase shows as a padding, ASN.1 or cipher error: all say the same to the user
            return null;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Violation wrongPassphrase() {
        return new Violation(PASSPHRASE, "passphrase", "does not decrypt privateKey");
    }

    /**
     * BouncyCastle's provider, used by instance and never installed JVM-wide: it knows every PEM and PKCS#8 cipher
     * OpenSSL writes (the JVM's own providers lack some, e.g. the PKCS#12 PBE schemes under their OIDs).
     */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /** The check's outcome. */
    record Result(List<Violation> errors, List<Violation> warnings) {
        static Result ok() {
            return new Result(List.of(), List.of());
        }

        static Result error(Violation v) {
            return new Result(List.of(v), List.of());
        }
    }
}
