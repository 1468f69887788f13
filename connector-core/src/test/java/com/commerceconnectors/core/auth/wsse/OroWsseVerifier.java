package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.Reply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WSSE check written from Oro's documented formula and its authenticator's rules, independent of the code under
 * test: each field read with {@code Name="([^"]+)"}, Created in ISO-8601 and neither after the server's clock nor
 * older than the lifetime, each nonce accepted once, and {@code base64(sha1(base64decode(nonce) + created + key))}.
 * Refusals are Oro's: an empty 401 with {@code WWW-Authenticate}; the reason is kept for the test to read.
 */
final class OroWsseVerifier {

    /** Oro's default lifetime in seconds. */
    static final long LIFETIME = 300;

    private static final Pattern ISO_8601 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([zZ]|[+-]\\d{2}:?\\d{2})");

    private final String username;
    private final String apiKey;
    private final Clock serverClock;
    private final Set<String> seenNonces = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastFields = new ConcurrentHashMap<>();
    private volatile String lastReason = "";

    OroWsseVerifier(String username, String apiKey, Clock serverClock) {
        this.username = username;
        this.apiKey = apiKey;
        this.serverClock = serverClock;
    }

    /** Answers {@code ok} to a valid request, Oro's empty 401 to any other. */
    Reply answer(RecordedRequest request, Reply ok) {
        lastReason = check(request.header("Authorization"), request.header("X-WSSE"));
        return lastReason.isEmpty() ? ok
                : Reply.empty(401).withHeader("WWW-Authenticate", "WSSE realm=\"Secured API\", profile=\"UsernameToken\"");
    }

    String lastReason() {
        return lastReason;
    }

    Set<String> seenNonces() {
        return Set.copyOf(seenNonces);
    }

    /** The reason for refusing, or "" when the headers are valid. */
    String check(String authorization, String wsse) {
        if (!"WSSE profile=\"UsernameToken\"".equals(authorization)) {
            return "no WSSE Authorization header";
        }
        if (wsse == null || !wsse.startsWith("UsernameToken ")) {
            return "no X-WSSE header";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : new String[] {"Username", "PasswordDigest", "Nonce", "Created"}) {
            Matcher m = Pattern.compile(key + "=\"([^\"]+)\"").matcher(wsse);
            if (!m.find()) {
                return "missing " + key;
            }
            fields.put(key, m.group(1));
        }
        lastFields.clear();
        lastFields.putAll(fields);
        String created = fields.get("Created");
        if (!ISO_8601.matcher(created).matches()) {
            return "Incorrectly formatted \"created\" in token.";
        }
        long createdSeconds;
        try {
            createdSeconds = OffsetDateTime.parse(created).toEpochSecond();
        } catch (DateTimeParseException e) {
            return "Incorrectly formatted \"created\" in token.";
        }
        long now = serverClock.instant().getEpochSecond();
        if (createdSeconds > now) {
            return "Future token detected.";
        }
        if (now - createdSeconds > LIFETIME) {
            return "Token has expired.";
        }
        if (!seenNonces.add(fields.get("Nonce"))) {
            return "Previously used nonce detected.";
        }
        if (!fields.get("Username").equals(username)) {
            return "unknown user";
        }
        String expected = digest(Base64.getDecoder().decode(fields.get("Nonce")), created, apiKey);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                fields.get("PasswordDigest").getBytes(StandardCharsets.US_ASCII)) ? "" : "wrong digest";
    }

    Map<String, String> lastFields() {
        return Map.copyOf(lastFields);
    }

    static String digest(byte[] nonce, String created, String key) {
        try {
            byte[] created8 = created.getBytes(StandardCharsets.UTF_8);
            byte[] key8 = key.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[nonce.length + created8.length + key8.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(created8, 0, all, nonce.length, created8.length);
            System.arraycopy(key8, 0, all, nonce.length + created8.length, key8.length);
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(all));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
