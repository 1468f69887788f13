package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;

/**
 * Reads the RSA private key of {@code auth.privateKey} from PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}), with BouncyCastle's parser and the JVM's own RSA key factory. Each way it can go
 * wrong gets its own sentence; none of them quotes any part of the key, and no parser exception (which might) is kept
 * as a cause.
 */
public final class PemPrivateKeyReader {

    private static final String FIELD = "auth.privateKey";
    private static final String EXPECTED = "Paste the whole key, from -----BEGIN PRIVATE KEY----- (PKCS#8) or "
            + "-----BEGIN RSA PRIVATE KEY----- (PKCS#1) to the matching END line";

    private PemPrivateKeyReader() {
    }

    /**
     * @throws ApiException (CONFIGURATION) for anything but an unencrypted RSA private key
     */
    public static PrivateKey readRsa(Secret pem) {
        if (pem == null || pem.reveal().isBlank()) {
            throw ApiException.configuration(FIELD + " is required for the RSA-* signature methods", EXPECTED);
        }
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(pem.reveal()))) {
            object = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw ApiException.configuration(FIELD + " is not a readable PEM private key: the text between the BEGIN and "
                    + "END lines is damaged", EXPECTED);
        }
        PrivateKeyInfo info;
        if (object instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (object instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
            throw encrypted();
        } else if (object instanceof SubjectPublicKeyInfo || object instanceof X509CertificateHolder) {
            throw publicKey();
        } else if (object == null) {
            throw ApiException.configuration(FIELD + " holds no PEM block", EXPECTED);
        } else {
            throw ApiException.configuration(FIELD + " holds a PEM block that is not a private key", EXPECTED);
        }
        if (info == null) {
            throw ApiException.configuration(FIELD + " holds a key pair without a private key", EXPECTED);
        }
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw ApiException.configuration(FIELD + " is not an RSA private key",
                    "The RSA-* signature methods need an RSA key (an EC or DSA key cannot be used)");
        }
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException | RuntimeException e) {
            throw ApiException.configuration(FIELD + " is not a usable RSA private key: its content is damaged", EXPECTED);
        }
    }

    private static ApiException encrypted() {
        return ApiException.configuration(FIELD + " is an encrypted private key, which needs a passphrase that a "
                        + "connection cannot hold",
                "Store the key unencrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem) and protect it with enc: or "
                        + "${file:…} and tight file permissions instead");
    }

    private static ApiException publicKey() {
        return ApiException.configuration(FIELD + " holds a public key or a certificate",
                "RSA signing needs the private key; the platform keeps the public one");
    }
}
