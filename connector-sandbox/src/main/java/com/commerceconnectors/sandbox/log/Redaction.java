package com.commerceconnectors.sandbox.log;

import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials by a short fingerprint before anything is recorded, so a request log can be printed or
 * asserted on without exposing a secret. The fingerprint still lets a test tell two tokens apart.
 */
public final class Redaction {

    private static final Pattern AUTH_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*) (.+)$", Pattern.DOTALL);
    private static final List<String> SECRET_HEADER_WORDS = List.of(
            "authorization", "cookie", "token", "secret", "password", "apikey", "api-key", "wsse", "signature");
    private static final List<String> SECRET_QUERY_WORDS = List.of(
            "token", "secret", "password", "apikey", "api_key", "signature", "assertion");
    /** OAuth header parameters that identify nothing and prove nothing, kept readable for tests and debugging. */
    private static final List<String> PLAIN_OAUTH_PARAMETERS = List.of(
            "realm", "oauth_signature_method", "oauth_timestamp", "oauth_nonce", "oauth_version");

    private Redaction() {
    }

    /** {@code sha256:} and the first 12 hex digits of the value's SHA-256. */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * An {@code Authorization} value with its scheme kept and its credentials fingerprinted:
     * {@code Bearer abc} becomes {@code Bearer sha256:…} (the fingerprint of {@code abc}). An {@code OAuth} value
     * keeps its parameter names, and the values of the signature method, timestamp, nonce, version and realm; the
     * consumer key, token, verifier, signature and anything else become fingerprints (of the value as sent).
     */
    public static String authorization(String headerValue) {
        Matcher m = AUTH_SCHEME.matcher(headerValue);
        if (m.matches()) {
            if (m.group(1).equalsIgnoreCase("OAuth")) {
                return m.group(1) + " " + oauthParameters(m.group(2));
            }
            return m.group(1) + " " + fingerprint(m.group(2));
        }
        return fingerprint(headerValue);
    }

    public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (isSecretHeader(name)) {
                List<String> masked = new ArrayList<>(values.size());
                for (String value : values) {
                    masked.add(authorization(value));
                }
                safe.put(name, List.copyOf(masked));
            } else {
                safe.put(name, List.copyOf(values));
            }
        });
        return safe;
    }

    /** The raw query with the value of any credential-like parameter fingerprinted. */
    public static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && isSecretQueryName(UrlDecoding.phpUrlDecode(name))) {
                out.append(name).append('=').append(fingerprint(pair.substring(eq + 1)));
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    private static String oauthParameters(String parameters) {
        List<String> safe = new ArrayList<>();
        for (String item : parameters.split(",", -1)) {
            String pair = item.strip();
            int eq = pair.indexOf('=');
            String name = eq <= 0 ? "" : pair.substring(0, eq).strip();
            if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
                // Not a name=value pair: the whole item could be a credential.
                if (!pair.isEmpty()) {
                    safe.add(fingerprint(pair));
                }
                continue;
            }
            String value = pair.substring(eq + 1).strip();
            String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
            boolean plain = PLAIN_OAUTH_PARAMETERS.contains(name) && unquoted.matches("[A-Za-z0-9._~%-]*");
            safe.add(name + "=\"" + (plain ? unquoted : fingerprint(unquoted)) + "\"");
        }
        return String.join(", ", safe);
    }

    private static boolean isSecretHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_HEADER_WORDS.stream().anyMatch(lower::contains);
    }

    private static boolean isSecretQueryName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_QUERY_WORDS.stream().anyMatch(lower::contains);
    }
}
