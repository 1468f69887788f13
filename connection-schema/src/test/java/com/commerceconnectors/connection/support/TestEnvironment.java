package com.commerceconnectors.connection.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The environment the test documents are resolved in. Every secret value contains {@link #MARKER}, so a test can
 * prove that no output ever shows one.
 */
public final class TestEnvironment {

    /** Part of every secret value the tests use; never part of a legitimate message. */
    public static final String MARKER = "s3cr3t";
    /** Base64 of the bytes 0..31: the key the enc: values in the test documents were made with. */
    public static final String SECRET_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private TestEnvironment() {
    }

    public static Map<String, String> variables() {
        TestKeys keys = TestKeys.get();
        Map<String, String> env = new HashMap<>();
        env.put("SHOP_TOKEN", "shop-token-s3cr3t");
        env.put("CONSUMER_SECRET", "consumer-secret-s3cr3t");
        env.put("ACCESS_TOKEN", "access-token-s3cr3t");
        env.put("TOKEN_SECRET", "token-secret-s3cr3t");
        env.put("ADMIN_PASSWORD", "admin-password-s3cr3t");
        env.put("CUSTOMER_PASSWORD", "customer-password-s3cr3t");
        env.put("ORO_API_KEY", "oro-api-key-s3cr3t");
        env.put("CLIENT_SECRET", "client-secret-s3cr3t");
        env.put("REFRESH_TOKEN", "refresh-token-s3cr3t");
        env.put("JWT_ASSERTION", "eyJhbGciOiJIUzI1NiJ9.s3cr3t.sig");
        env.put("CL_CLIENT_ID", "cl-client-id");
        env.put("SHOP_HOST", "shop.example.com");
        env.put("RSA_PKCS8_KEY", keys.rsaPkcs8);
        env.put("RSA_PKCS1_KEY", keys.rsaPkcs1);
        env.put("RSA_1024_KEY", keys.rsa1024Pkcs1);
        env.put("RSA_ENCRYPTED_KEY", keys.rsaEncryptedPkcs8);
        env.put("RSA_ENCRYPTED_PKCS1_KEY", keys.rsaEncryptedPkcs1);
        env.put("RSA_KEY_PASSPHRASE", TestKeys.PASSPHRASE);
        env.put("WRONG_KEY_PASSPHRASE", "wrong-passphrase-" + MARKER);
        env.put("EC_KEY", keys.ecPkcs8);
        env.put("RSA_PUBLIC_KEY", keys.rsaPublic);
        env.put("CONNECTORS_SECRET_KEY", SECRET_KEY);
        return env;
    }

    /** The test environment without some variables. */
    public static Function<String, String> without(Set<String> removed) {
        Map<String, String> env = variables();
        removed.forEach(env::remove);
        return env::get;
    }

    public static Function<String, String> lookup() {
        return variables()::get;
    }
}
