package com.commerceconnectors.sandbox.oauth1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a PKCS#1 {@code RSA PRIVATE KEY} PEM (a DER sequence of nine integers) from the test classpath, so the public
 * key is derived at test time rather than written down.
 */
public final class Pkcs1Keys {

    public static final String OAUTHLIB_KEY = "/oauth1/oauthlib-rsa-private-key.pem";

    private final List<BigInteger> fields;

    private Pkcs1Keys(List<BigInteger> fields) {
        this.fields = fields;
    }

    public static Pkcs1Keys load(String resource) {
        try (InputStream in = Pkcs1Keys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("-----") && !line.isBlank())
                    .collect(Collectors.joining());
            return new Pkcs1Keys(readSequence(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PublicKey publicKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(fields.get(1), fields.get(2)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(fields.get(1),
                    fields.get(2), fields.get(3), fields.get(4), fields.get(5), fields.get(6), fields.get(7),
                    fields.get(8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SEQUENCE { version, n, e, d, p, q, dp, dq, qinv }, each an INTEGER. */
    private static List<BigInteger> readSequence(byte[] der) {
        int[] position = {0};
        expect(der, position, 0x30);
        readLength(der, position);
        List<BigInteger> integers = new ArrayList<>();
        while (position[0] < der.length) {
            expect(der, position, 0x02);
            int length = readLength(der, position);
            byte[] value = new byte[length];
            System.arraycopy(der, position[0], value, 0, length);
            position[0] += length;
            integers.add(new BigInteger(value));
        }
        if (integers.size() != 9) {
            throw new IllegalStateException("not a PKCS#1 RSA private key: " + integers.size() + " integers");
        }
        return integers;
    }

    private static void expect(byte[] der, int[] position, int tag) {
        if ((der[position[0]++] & 0xFF) != tag) {
            throw new IllegalStateException("unexpected DER tag at " + (position[0] - 1));
        }
    }

    private static int readLength(byte[] der, int[] position) {
        int first = der[position[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7F); i++) {
            length = (length << 8) | (der[position[0]++] & 0xFF);
        }
        return length;
    }
}
