package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
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

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.Provider;
import java.util.Arrays;

/**
 * Reads the RSA private key of {@code auth.privateKey} from PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}), or either one encrypted — {@code BEGIN ENCRYPTED PRIVATE KEY}, or OpenSSL's legacy
 * PKCS#1 with {@code Proc-Type: 4,ENCRYPTED} — and opened with {@code auth.privateKeyPassphrase}. BouncyCastle parses
 * and decrypts; the JVM's own RSA key factory makes the key. Each way it can go wrong gets its own sentence; none of
 * them quotes any part of the key or the passphrase, and no parser exception (which might) is kept as a cause.
 */
public final class PemPrivateKeyReader {

    private static final String FIELD = "auth.privateKey";
    private static final String PASSPHRASE_FIELD = "auth.privateKeyPassphrase";
    private static final String EXPECTED = "Paste the whole key, from -----BEGIN PRIVATE KEY----- (PKCS#8) or "
            + "-----BEGIN RSA PRIVATE KEY----- (PKCS#1) to the matching END line";

    private PemPrivateKeyReader() {
    }

    /**
     * @throws ApiException (CONFIGURATION) for anything but an unencrypted RSA private key
     */
    public static PrivateKey readRsa(Secret pem) {
        return readRsa(pem, null);
    }

    /**
     * @param passphrase opens an encrypted key; {@code null} when there is none. An unencrypted key ignores it.
     * @throws ApiException (CONFIGURATION) for anything but an RSA private key, and for an encrypted one without its
     *                      passphrase or with a passphrase that does not open it
     */
    public static PrivateKey readRsa(Secret pem, Secret passphrase) {
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
        boolean encrypted = object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
        PrivateKeyInfo info;
        if (encrypted) {
            info = decrypt(object, passphrase);
        } else if (object instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (object instanceof PrivateKeyInfo plain) {
            info = plain;
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
            // a wrong passphrase can, rarely, pass the padding check and yield bytes that are no key
            throw encrypted ? wrongPassphrase()
                    : ApiException.configuration(FIELD + " is not a usable RSA private key: its content is damaged", EXPECTED);
        }
    }

    /** The decrypted key; the one place the passphrase is revealed. */
    private static PrivateKeyInfo decrypt(Object encrypted, Secret passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw ApiException.configuration(FIELD + " is encrypted and " + PASSPHRASE_FIELD + " is not set",
                    "Set " + PASSPHRASE_FIELD + " to the key's passphrase (as enc:…, ${env:…} or ${file:…}), or store "
                            + "the key unencrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem)");
        }
        char[] password = passphrase.reveal().toCharArray();
        try {
            if (encrypted instanceof PKCS8EncryptedPrivateKeyInfo pkcs8) {
                return pkcs8.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                        .setProvider(Bc.PROVIDER).build(password));
            }
            return ((PEMEncryptedKeyPair) encrypted)
                    .decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password))
                    .getPrivateKeyInfo();
        } catch (Exception e) {
            // padding, ASN.1 and cipher errors all mean the same here; none is kept, as a message might quote bytes
            throw wrongPassphrase();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ApiException wrongPassphrase() {
        return ApiException.configuration(PASSPHRASE_FIELD + " does not decrypt " + FIELD,
                "Check the passphrase: openssl pkey -in key.pem -noout asks for it and says whether it is right");
    }

    /**
     * BouncyCastle's provider, used by instance and never installed JVM-wide: it knows every cipher OpenSSL writes
     * into encrypted PEM and PKCS#8 (the JVM's own providers lack some, e.g. the PKCS#12 PBE schemes by OID).
     */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    private static ApiException publicKey() {
        return ApiException.configuration(FIELD + " holds a public key or a certificate",
                "RSA signing needs the private key; the platform keeps the public one");
    }
}
