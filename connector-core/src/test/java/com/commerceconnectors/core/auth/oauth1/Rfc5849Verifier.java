package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.testing.RecordedRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server side of OAuth 1.0a, written for the tests from RFC 5849 alone and sharing no code with the signer under
 * test (its encoding is the JDK's form encoder patched to RFC 3986), so a bug in the signer cannot hide behind the same
 * bug here. It checks what the server actually received: the raw request line, the Host header and the body.
 */
final class Rfc5849Verifier {

    /** What the check found. {@code baseString} is what this verifier signed. */
    record Verdict(boolean valid, String problem, String baseString, Map<String, String> oauth) {
    }

    private final String consumerSecret;
    private final String tokenSecret;
    private final PublicKey publicKey;

    private Rfc5849Verifier(String consumerSecret, String tokenSecret, PublicKey publicKey) {
        this.consumerSecret = consumerSecret;
        this.tokenSecret = tokenSecret;
        this.publicKey = publicKey;
    }

    static Rfc5849Verifier withSecrets(String consumerSecret, String tokenSecret) {
        return new Rfc5849Verifier(consumerSecret, tokenSecret, null);
    }

    /** For RSA-*: the client's public key, PEM "BEGIN PUBLIC KEY" (X.509 SubjectPublicKeyInfo). */
    static Rfc5849Verifier withPublicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new Rfc5849Verifier(null, null, key);
    }

    Verdict verify(RecordedRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "OAuth ", 0, 6)) {
            return new Verdict(false, "no OAuth Authorization header", null, Map.of());
        }
        // §3.5.1: comma-separated name="value" pairs, both percent-encoded
        Map<String, String> oauth = new LinkedHashMap<>();
        for (String part : header.substring(6).split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq < 0 || !p.endsWith("\"") || p.charAt(eq + 1) != '"') {
                return new Verdict(false, "malformed header parameter " + p, null, oauth);
            }
            oauth.put(decode(p.substring(0, eq)), decode(p.substring(eq + 2, p.length() - 1)));
        }
        // §3.4.1.3.1: header parameters except realm and the signature, the query, a form body
        List<String[]> params = new ArrayList<>();
        oauth.forEach((name, value) -> {
            if (!name.equals("realm") && !name.equals("oauth_signature")) {
                params.add(new String[] {name, value});
            }
        });
        addForm(params, request.uri().getRawQuery());
        String contentType = request.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            addForm(params, request.bodyAsString());
        }
        // §3.4.1.3.2: encode, sort by name then value, join
        List<String[]> encoded = new ArrayList<>();
        for (String[] p : params) {
            encoded.add(new String[] {rfc3986(p[0]), rfc3986(p[1])});
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder normalized = new StringBuilder();
        for (String[] p : encoded) {
            normalized.append(normalized.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        }
        // §3.4.1.2: the test server speaks plain HTTP; the authority is the Host header, the path the raw request path
        String host = request.header("Host").toLowerCase(Locale.ROOT);
        if (host.endsWith(":80")) {
            host = host.substring(0, host.length() - 3);
        }
        String baseUri = "http://" + host + request.uri().getRawPath();
        String baseString = request.method().toUpperCase(Locale.ROOT) + "&" + rfc3986(baseUri) + "&" + rfc3986(normalized.toString());

        String method = oauth.getOrDefault("oauth_signature_method", "");
        String signature = oauth.get("oauth_signature");
        if (signature == null) {
            return new Verdict(false, "no oauth_signature", baseString, oauth);
        }
        boolean valid;
        try {
            valid = switch (method) {
                case "HMAC-SHA1" -> same(hmac("HmacSHA1", baseString), signature);
                case "HMAC-SHA256" -> same(hmac("HmacSHA256", baseString), signature);
                case "HMAC-SHA512" -> same(hmac("HmacSHA512", baseString), signature);
                case "RSA-SHA1" -> rsa("SHA1withRSA", baseString, signature);
                case "RSA-SHA256" -> rsa("SHA256withRSA", baseString, signature);
                case "RSA-SHA512" -> rsa("SHA512withRSA", baseString, signature);
                case "PLAINTEXT" -> same(rfc3986(consumerSecret) + "&" + rfc3986(tokenSecret), signature);
                default -> false;
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Verdict(false, e.toString(), baseString, oauth);
        }
        return new Verdict(valid, valid ? null : "signature mismatch", baseString, oauth);
    }

    private String hmac(String algorithm, String baseString) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(algorithm);
        String key = rfc3986(consumerSecret) + "&" + rfc3986(tokenSecret);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean rsa(String algorithm, String baseString, String signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(baseString.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static void addForm(List<String[]> into, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.add(new String[] {URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)});
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** RFC 3986 §2.3 unreserved characters stay, everything else is %XX of its UTF-8 bytes (RFC 5849 §3.6). */
    static String rfc3986(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
