package com.commerceconnectors.sandbox.oro.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four fields of an {@code X-WSSE: UsernameToken Username="…", PasswordDigest="…", Nonce="…", Created="…"}
 * header. As in Oro, each is found by its own {@code Key="([^"]+)"} pattern, in any order; a header missing one is
 * not a WSSE token at all.
 */
public record WsseToken(String username, String passwordDigest, String nonce, String created) {

    private static final Pattern USERNAME = field("Username");
    private static final Pattern DIGEST = field("PasswordDigest");
    private static final Pattern NONCE = field("Nonce");
    private static final Pattern CREATED = field("Created");

    /** Parses the header value; empty when it is not a complete UsernameToken. */
    public static Optional<WsseToken> parse(String header) {
        if (header == null || !header.contains("UsernameToken")) {
            return Optional.empty();
        }
        String username = find(USERNAME, header);
        String digest = find(DIGEST, header);
        String nonce = find(NONCE, header);
        String created = find(CREATED, header);
        if (username == null || digest == null || nonce == null || created == null) {
            return Optional.empty();
        }
        return Optional.of(new WsseToken(username, digest, nonce, created));
    }

    /** Never prints the digest. */
    @Override
    public String toString() {
        return "WsseToken[username=" + username + ", created=" + created + "]";
    }

    private static Pattern field(String key) {
        return Pattern.compile(key + "=\"([^\"]+)\"");
    }

    private static String find(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        return m.find() ? m.group(1) : null;
    }
}
