package com.commerceconnectors.sandbox.magento;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A deliberately small OAuth 1.0a signer for tests, sharing no code with the sandbox's verifier (or with any
 * connector's signer), so that the two check each other. The query of the URL is signed with {@code +} taken
 * literally, as a careful client that never sends {@code +} would.
 */
final class OAuthSigner {

    private final String consumerKey;
    private final String consumerSecret;
    private final String token;
    private final String tokenSecret;
    private final String method;
    private final PrivateKey rsaKey;

    private OAuthSigner(String consumerKey, String consumerSecret, String token, String tokenSecret, String method,
                        PrivateKey rsaKey) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.token = token;
        this.tokenSecret = tokenSecret;
        this.method = method;
        this.rsaKey = rsaKey;
    }

    /** HMAC-SHA256 with an access (or request) token; {@code token} {@code null} for a request-token call. */
    static OAuthSigner of(String consumerKey, String consumerSecret, String token, String tokenSecret) {
        return new OAuthSigner(consumerKey, consumerSecret, token, tokenSecret, "HMAC-SHA256", null);
    }

    static OAuthSigner defaultIntegration() {
        return of(MagentoSandbox.INTEGRATION_CONSUMER_KEY, MagentoSandbox.INTEGRATION_CONSUMER_SECRET,
                MagentoSandbox.INTEGRATION_TOKEN, MagentoSandbox.INTEGRATION_TOKEN_SECRET);
    }

    OAuthSigner method(String signatureMethod) {
        return new OAuthSigner(consumerKey, consumerSecret, token, tokenSecret, signatureMethod, rsaKey);
    }

    OAuthSigner rsa(String signatureMethod, PrivateKey key) {
        return new OAuthSigner(consumerKey, consumerSecret, token, tokenSecret, signatureMethod, key);
    }

    OAuthSigner tokenSecret(String secret) {
        return new OAuthSigner(consumerKey, consumerSecret, token, secret, method, rsaKey);
    }

    /** Options of one signature. */
    static final class Call {
        final Map<String, String> oauth = new LinkedHashMap<>();
        final List<String[]> signedBody = new ArrayList<>();
        final List<String[]> extraSigned = new ArrayList<>();
        String signedUrl;

        /** Adds or replaces an oauth_* header parameter (e.g. {@code oauth_verifier}, or a bad timestamp). */
        Call oauth(String name, String value) {
            oauth.put(name, value);
            return this;
        }

        /** Signs a form body parameter (the caller sends the body). */
        Call body(String name, String value) {
            signedBody.add(new String[] {name, value});
            return this;
        }

        /** Signs a parameter that is not sent (to make a signature the server must refuse). */
        Call extra(String name, String value) {
            extraSigned.add(new String[] {name, value});
            return this;
        }

        /** Signs as if the request went to this URL (e.g. https://… behind an offloader). */
        Call signedUrl(String url) {
            signedUrl = url;
            return this;
        }
    }

    static Call call(long timestamp, String nonce) {
        return new Call().oauth("oauth_nonce", nonce).oauth("oauth_timestamp", Long.toString(timestamp));
    }

    /** The {@code Authorization} header for {@code httpMethod url}. */
    String header(String httpMethod, String url, Call call) {
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_signature_method", method);
        oauth.put("oauth_version", "1.0");
        if (token != null) {
            oauth.put("oauth_token", token);
        }
        oauth.putAll(call.oauth);
        oauth.values().removeIf(value -> value == null);
        List<String[]> signed = new ArrayList<>();
        oauth.forEach((name, value) -> signed.add(new String[] {name, value}));
        URI uri = URI.create(call.signedUrl == null ? url : call.signedUrl);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                signed.add(new String[] {decode(pair.substring(0, eq)), decode(pair.substring(eq + 1))});
            }
        }
        signed.addAll(call.signedBody);
        signed.addAll(call.extraSigned);
        String normalised = signed.stream()
                .map(p -> new String[] {encode(p[0]), encode(p[1])})
                .sorted((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]))
                .map(p -> p[0] + "=" + p[1])
                .collect(Collectors.joining("&"));
        String baseUri = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getRawPath();
        String baseString = httpMethod + "&" + encode(baseUri) + "&" + encode(normalised);
        oauth.put("oauth_signature", sign(baseString));
        return "OAuth " + oauth.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=\"" + encode(e.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }

    private String sign(String baseString) {
        String key = encode(consumerSecret) + "&" + encode(tokenSecret == null ? "" : tokenSecret);
        try {
            switch (method) {
                case "PLAINTEXT":
                    return key;
                case "RSA-SHA1":
                case "RSA-SHA256":
                case "RSA-SHA512":
                    Signature rsa = Signature.getInstance(method.substring(4).replace("-", "") + "withRSA");
                    rsa.initSign(rsaKey);
                    rsa.update(baseString.getBytes(StandardCharsets.UTF_8));
                    return Base64.getEncoder().encodeToString(rsa.sign());
                default:
                    String algorithm = "Hmac" + method.substring(5).replace("-", "");
                    Mac mac = Mac.getInstance(algorithm);
                    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
                    return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
