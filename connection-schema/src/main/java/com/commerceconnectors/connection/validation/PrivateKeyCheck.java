package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Checks that an RSA-* signature method has a key it can sign with: an unencrypted RSA private key in PEM, PKCS#8
 * ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}). An encrypted key is an error, not a warning:
 * the document has no passphrase field, so it could never be used; protect the key with {@code enc:} or a
 * {@code ${file:…}} with tight permissions instead. Messages never show any part of the key.
 */
final class PrivateKeyCheck {

    private static final int MIN_BITS = 2048;

    private PrivateKeyCheck() {
    }

    /** Errors, or warnings (a short key), for the key at {@code pointer}. */
    static Result check(String pointer, String pem) {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            object = parser.readObject();
        } catch (IOException | RuntimeException e) {
            return Result.error(new Violation(pointer, "pem",
                    "is not a readable PEM private key: the text between the BEGIN and END lines is damaged"));
        }
        PrivateKeyInfo info;
        if (object instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (object instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
            return Result.error(new Violation(pointer, "pem",
                    "is an encrypted private key, which needs a passphrase the document cannot hold; store it unencrypted"
                            + " (openssl pkcs8 -topk8 -nocrypt) and protect it with enc: or ${file:…} instead"));
        } else if (object instanceof SubjectPublicKeyInfo || object instanceof X509CertificateHolder) {
            return Result.error(new Violation(pointer, "pem",
                    "holds a public key or certificate; RSA signing needs the private key"));
        } else {
            return Result.error(new Violation(pointer, "pem",
                    "is not a PEM private key: expected -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN RSA PRIVATE KEY----- (PKCS#1)"));
        }
        if (info == null || !PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            return Result.error(new Violation(pointer, "pem", "is not an RSA private key; RSA-* signature methods need one"));
        }
        try {
            PrivateKey key = new JcaPEMKeyConverter().getPrivateKey(info);
            if (key instanceof RSAPrivateKey rsa && rsa.getModulus().bitLength() < MIN_BITS) {
                return Result.warning(new Violation(pointer, "weakKey",
                        "is a " + rsa.getModulus().bitLength() + "-bit RSA key; use at least " + MIN_BITS + " bits"));
            }
            return Result.ok();
        } catch (IOException | RuntimeException e) {
            return Result.error(new Violation(pointer, "pem", "is not a usable RSA private key: its content is damaged"));
        }
    }

    /** The check's outcome: at most one error or one warning. */
    record Result(List<Violation> errors, List<Violation> warnings) {
        static Result ok() {
            return new Result(List.of(), List.of());
        }

        static Result error(Violation v) {
            return new Result(List.of(v), List.of());
        }

        static Result warning(Violation v) {
            return new Result(List.of(), List.of(v));
        }
    }
}
