package com.commerceconnectors.connection.support;

import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * PEM keys made when the tests start, so that no private key, not even a test one, lives in the repository.
 * Generated once per JVM.
 */
public final class TestKeys {

    /** The passphrase of the encrypted keys; it contains the secret marker, so leak tests look for it. */
    public static final String PASSPHRASE = "key-passphrase-" + TestEnvironment.MARKER;

    private static final TestKeys INSTANCE = generate();

    public final String rsaPkcs8;
    public final String rsaPkcs1;
    public final String rsa1024Pkcs1;
    /** {@code BEGIN ENCRYPTED PRIVATE KEY}: PBES2, AES-256-CBC, with {@link #PASSPHRASE}. */
    public final String rsaEncryptedPkcs8;
    /** OpenSSL's legacy form: {@code BEGIN RSA PRIVATE KEY} with {@code Proc-Type: 4,ENCRYPTED}, AES-256-CBC. */
    public final String rsaEncryptedPkcs1;
    public final String ecPkcs8;
    public final String rsaPublic;

    private TestKeys(String rsaPkcs8, String rsaPkcs1, String rsa1024Pkcs1, String rsaEncryptedPkcs8,
                     String rsaEncryptedPkcs1, String ecPkcs8, String rsaPublic) {
        this.rsaPkcs8 = rsaPkcs8;
        this.rsaPkcs1 = rsaPkcs1;
        this.rsa1024Pkcs1 = rsa1024Pkcs1;
        this.rsaEncryptedPkcs8 = rsaEncryptedPkcs8;
        this.rsaEncryptedPkcs1 = rsaEncryptedPkcs1;
        this.ecPkcs8 = ecPkcs8;
        this.rsaPublic = rsaPublic;
    }

    public static TestKeys get() {
        return INSTANCE;
    }

    private static TestKeys generate() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            KeyPair rsa2048 = rsa.generateKeyPair();
            rsa.initialize(1024);
            KeyPair rsa1024 = rsa.generateKeyPair();
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair ecPair = ec.generateKeyPair();
            return new TestKeys(
                    pem("PRIVATE KEY", rsa2048.getPrivate().getEncoded()),
                    pem("RSA PRIVATE KEY", pkcs1(rsa2048.getPrivate().getEncoded())),
                    pem("RSA PRIVATE KEY", pkcs1(rsa1024.getPrivate().getEncoded())),
                    encryptedPkcs8(rsa2048.getPrivate()),
                    encryptedPkcs1(rsa2048.getPrivate()),
                    pem("PRIVATE KEY", ecPair.getPrivate().getEncoded()),
                    pem("PUBLIC KEY", rsa2048.getPublic().getEncoded()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot generate test keys", e);
        }
    }

    private static byte[] pkcs1(byte[] pkcs8) throws IOException {
        return PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey().toASN1Primitive().getEncoded();
    }

    private static String encryptedPkcs8(PrivateKey key) throws OperatorCreationException, IOException {
        var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setProvider(new BouncyCastleProvider())
                .setPassword(PASSPHRASE.toCharArray())
                .build();
        return pem(new JcaPKCS8Generator(key, encryptor));
    }

    private static String encryptedPkcs1(PrivateKey key) throws IOException {
        var encryptor = new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(new BouncyCastleProvider())
                .build(PASSPHRASE.toCharArray());
        return pem(new JcaMiscPEMGenerator(key, encryptor));
    }

    private static String pem(PemObjectGenerator generator) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(generator);
        }
        return out.toString();
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }
}
