package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.bouncycastle.openssl.PKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureAlgorithmsTest {

    @Test
    void joinsTheEncodedSecretsWithAnAmpersandEvenWithoutATokenSecret() {
        assertThat(SignatureAlgorithms.key(Secret.of("c s&"), Secret.of("t+s"))).isEqualTo("c%20s%26&t%2Bs");
        assertThat(SignatureAlgorithms.key(Secret.of("cs"), null)).isEqualTo("cs&");
        assertThat(SignatureAlgorithms.plaintext(Secret.of("cs"), null).sign("ignored")).isEqualTo("cs&");
    }

    @Test
    void signsWithTheKeyTheRfcDescribes() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("c%20s&t%2Bs".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal("base".getBytes(StandardCharsets.UTF_8)));

        assertThat(SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA256, Secret.of("c s"), Secret.of("t+s")).sign("base"))
                .isEqualTo(expected);
    }

    @Test
    void signsConcurrentlyWithoutMixingUpState() throws Exception {
        SignatureAlgorithm hmac = SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA512, Secret.of("cs"), Secret.of("ts"));
        SignatureAlgorithm rsa = SignatureAlgorithms.rsa(SignatureMethod.RSA_SHA256,
                PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-pkcs8.pem")));
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("GET&https%3A%2F%2Fh%2Fx&n%3D" + i);
        }
        List<String> expected = inputs.stream().map(s -> hmac.sign(s) + rsa.sign(s)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String s : inputs) {
                results.add(pool.submit(() -> hmac.sign(s) + rsa.sign(s)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512", "PLAINTEXT"})
    void needsBothSecretsForSecretBasedMethods(SignatureMethod method) {
        OAuth1Auth noConsumerSecret = new OAuth1Auth(method, "ck", null, Secret.of("at"), Secret.of("ats"), null, null);
        OAuth1Auth noTokenSecret = new OAuth1Auth(method, "ck", Secret.of("cs"), Secret.of("at"), null, null, null);

        assertConfiguration(() -> SignatureAlgorithms.forAuth(noConsumerSecret),
                "auth.consumerSecret is required for " + method.id());
        assertConfiguration(() -> SignatureAlgorithms.forAuth(noTokenSecret),
                "auth.accessTokenSecret is required for " + method.id());
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"RSA_SHA1", "RSA_SHA256", "RSA_SHA512"})
    void needsAPrivateKeyForRsaMethodsAndIgnoresTheSecrets(SignatureMethod method) {
        OAuth1Auth noKey = new OAuth1Auth(method, "ck", Secret.of("cs"), Secret.of("at"), Secret.of("ats"), null, null);
        OAuth1Auth withKey = new OAuth1Auth(method, "ck", null, Secret.of("at"), null,
                TestKeys.secret("oauthlib-rsa-1024-pkcs1.pem"), null);

        assertConfiguration(() -> SignatureAlgorithms.forAuth(noKey), "auth.privateKey is required for the RSA-* signature methods");
        assertThat(SignatureAlgorithms.forAuth(withKey).method()).isEqualTo(method);
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"RSA_SHA1", "RSA_SHA256", "RSA_SHA512"})
    void signsWithAnEncryptedKeyOpenedByItsPassphraseAndThePublicKeyVerifies(SignatureMethod method) throws Exception {
        PublicKey publicKey = publicKey(TestKeys.pem("oauthlib-rsa-1024-public.pem"));
        SignatureAlgorithm plain = SignatureAlgorithms.forAuth(new OAuth1Auth(method, "ck", null, Secret.of("at"), null,
                TestKeys.secret("oauthlib-rsa-1024-pkcs8.pem"), null));
        String base = "GET&https%3A%2F%2Fshop.example.com%2Frest%2FV1%2Fproducts&oauth_consumer_key%3Dck";

        for (String pem : List.of(TestKeys.encryptedPkcs8(PKCS8Generator.AES_256_CBC), TestKeys.encryptedPkcs1("AES-256-CBC"))) {
            OAuth1Auth auth = new OAuth1Auth(method, "ck", null, Secret.of("at"), null, Secret.of(pem),
                    Secret.of(TestKeys.PASSPHRASE), null);
            String signature = SignatureAlgorithms.forAuth(auth).sign(base);

            Signature verifier = Signature.getInstance(switch (method) {
                case RSA_SHA1 -> "SHA1withRSA";
                case RSA_SHA256 -> "SHA256withRSA";
                default -> "SHA512withRSA";
            });
            verifier.initVerify(publicKey);
            verifier.update(base.getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verify(Base64.getDecoder().decode(signature))).as(pem.lines().findFirst().orElse("")).isTrue();
            // RSASSA-PKCS1-v1_5 is deterministic: the same key must give the same signature as the unencrypted one
            assertThat(signature).isEqualTo(plain.sign(base));
        }
    }

    @Test
    void saysAnEncryptedKeyNeedsThePassphraseWhenThePolicyIsMade() {
        OAuth1Auth noPassphrase = new OAuth1Auth(SignatureMethod.RSA_SHA256, "ck", null, Secret.of("at"), null,
                Secret.of(TestKeys.encryptedPkcs1("AES-256-CBC")), null);
        OAuth1Auth wrong = new OAuth1Auth(SignatureMethod.RSA_SHA256, "ck", null, Secret.of("at"), null,
                Secret.of(TestKeys.encryptedPkcs8(PKCS8Generator.AES_256_CBC)), Secret.of("not-it"), null);

        assertConfiguration(() -> SignatureAlgorithms.forAuth(noPassphrase),
                "auth.privateKey is encrypted and auth.privateKeyPassphrase is not set");
        assertConfiguration(() -> SignatureAlgorithms.forAuth(wrong), "auth.privateKeyPassphrase does not decrypt auth.privateKey");
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    @Test
    void refusesAKeyTooShortForTheMethodWhenThePolicyIsMadeNotPerRequest() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(512);
        PrivateKey tiny = generator.generateKeyPair().getPrivate();

        assertThat(SignatureAlgorithms.rsa(SignatureMethod.RSA_SHA1, tiny).sign("x")).isNotEmpty();
        assertConfiguration(() -> SignatureAlgorithms.rsa(SignatureMethod.RSA_SHA512, tiny),
                "auth.privateKey cannot make RSA-SHA512 signatures");
    }

    @Test
    void refusesAMethodOfTheWrongFamily() {
        assertConfiguration(() -> SignatureAlgorithms.hmac(SignatureMethod.RSA_SHA256, Secret.of("a"), Secret.of("b")),
                "RSA-SHA256 is not an HMAC signature method");
    }

    private static void assertConfiguration(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String start) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).startsWith(start);
        });
    }
}
