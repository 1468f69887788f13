package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.bouncycastle.util.io.pem.PemWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Provider;

/**
 * The PEM files under src/test/resources/oauth1 (oauthlib's public 1024-bit test key in several forms, and others),
 * and that same key encrypted here, when the test runs, with {@link #PASSPHRASE}.
 */
final class TestKeys {

    /** The passphrase of the keys {@link #encryptedPkcs8} and {@link #encryptedPkcs1} make. */
    static final String PASSPHRASE = "key-passphrase-SECRET-p0o9";

    private static final Provider BC = new BouncyCastleProvider();

    private TestKeys() {
    }

    /** The text of {@code oauth1/<name>}. */
    static String pem(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/oauth1/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource oauth1/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Secret secret(String name) {
        return Secret.of(pem(name));
    }

    /** oauthlib's key as {@code BEGIN ENCRYPTED PRIVATE KEY}, with a PKCS8Generator cipher such as AES_256_CBC. */
    static String encryptedPkcs8(ASN1ObjectIdentifier cipher) {
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(cipher).setProvider(BC)
                    .setPassword(PASSPHRASE.toCharArray()).build();
            return write(new JcaPKCS8Generator(oauthlibKey(), encryptor));
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot encrypt the test key", e);
        }
    }

    /** oauthlib's key in OpenSSL's legacy form (Proc-Type: 4,ENCRYPTED), with a DEK-Info cipher such as AES-256-CBC. */
    static String encryptedPkcs1(String cipher) {
        var encryptor = new JcePEMEncryptorBuilder(cipher).setProvider(BC).build(PASSPHRASE.toCharArray());
        try {
            return write(new JcaMiscPEMGenerator(oauthlibKey(), encryptor));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encrypt the test key", e);
        }
    }

    /** oauthlib's 1024-bit private key, parsed without the code under test. */
    static PrivateKey oauthlibKey() {
        try (PEMParser parser = new PEMParser(new StringReader(pem("oauthlib-rsa-1024-pkcs1.pem")))) {
            return new JcaPEMKeyConverter().getPrivateKey(((PEMKeyPair) parser.readObject()).getPrivateKeyInfo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(PemObjectGenerator generator) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(generator);
        }
        return out.toString();
    }
}
