package com.commerceconnectors.connection.support;

import java.io.IOException;
import java.io.StringWriter;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * PEM keys made when the tests start, so that no private key, not even a test one, lives in the repository.
 * Generated once per JVM.
 */
public final class TestKeys {

    private static final TestKeys INSTANCE = generate();

    public final String rsaPkcs8;
    public final String rsaPkcs1;
    public final String rsa1024Pkcs1;
    public final String rsaEncryptedPkcs8;
    public final String ecPkcs8;
    public final String rsaPublic;

    private TestKeys(String rsaPkcs8, String rsaPkcs1, String rsa1024Pkcs1, String rsaEncryptedPkcs8, String ecPkcs8,
                     String rsaPublic) {
        this.rsaPkcs8 = rsaPkcs8;
        this.rsaPkcs1 = rsaPkcs1;
        this.rsa1024Pkcs1 = rsa1024Pkcs1;
        this.rsaEncryptedPkcs8 = rsaEncryptedPkcs8;
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
                    pem("ENCRYPTED PRIVATE KEY", encrypt(rsa2048.getPrivate().getEncoded())),
                    pem("PRIVATE KEY", ecPair.getPrivate().getEncoded()),
                    pem("PUBLIC KEY", rsa2048.getPublic().getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot generate test keys", e);
        }
    }

    private static byte[] pkcs1(byte[] pkcs8) throws IOException {
        return PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey().toASN1Primitive().getEncoded();
    }

    private static byte[] encrypt(byte[] pkcs8) throws GeneralSecurityException, IOException {
        // an algorithm whose name the JDK can write into EncryptedPrivateKeyInfo; the check only needs the envelope
        String algorithm = "PBEWithSHA1AndDESede";
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        var key = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec("passphrase".toCharArray()));
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 1000));
        byte[] sealed = cipher.doFinal(pkcs8);
        AlgorithmParameters parameters = cipher.getParameters();
        return new EncryptedPrivateKeyInfo(parameters, sealed).getEncoded();
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }
}
