package com.commerceconnectors.sandbox.oro.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a WSSE UsernameToken in the order Oro's {@code WsseAuthenticator} does: the {@code Created} format, a
 * {@code Created} in the future (zero tolerance), older than the lifetime, a nonce seen before — the nonce is then
 * stored whether or not the digest turns out right — and finally the digest against the user's API key. Every
 * failure looks the same to the client; the reason goes only to this log, as in Oro.
 */
public final class WsseAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(WsseAuthenticator.class);
    /** ISO 8601 with seconds and an offset, optional fraction: the shape Oro's regular expression accepts. */
    private static final Pattern CREATED = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");

    private final ApiUsers users;
    private final WsseNonces nonces;
    private final Supplier<Duration> lifetime;
    private final LongPredicate userEnabled;
    private final Clock clock;

    public WsseAuthenticator(ApiUsers users, WsseNonces nonces, Supplier<Duration> lifetime,
                             LongPredicate userEnabled, Clock clock) {
        this.users = users;
        this.nonces = nonces;
        this.lifetime = lifetime;
        this.userEnabled = userEnabled;
        this.clock = clock;
    }

    /** The authenticated back-office caller, or empty when the token must be refused. */
    public Optional<Caller> authenticate(WsseToken token) {
        Instant now = clock.instant();
        Instant created = parseCreated(token.created());
        if (created == null) {
            return refuse(token, "Incorrectly formatted \"created\" in token.");
        }
        if (created.isAfter(now)) {
            return refuse(token, "Future token detected.");
        }
        Duration life = lifetime.get();
        if (Duration.between(created, now).compareTo(life) > 0) {
            return refuse(token, "Token has expired.");
        }
        if (!nonces.remember(token.nonce(), now, now.plus(life))) {
            return refuse(token, "Previously used nonce detected.");
        }
        Optional<ApiUsers.ApiUser> user = users.find(token.username());
        if (user.isEmpty() || !userEnabled.test(user.get().userId())) {
            return refuse(token, "Wrong API key.");
        }
        String expected;
        try {
            expected = WsseDigest.compute(token.nonce(), token.created(), user.get().apiKey());
        } catch (IllegalArgumentException e) {
            return refuse(token, "The nonce is not base64.");
        }
        if (!WsseDigest.matches(token.passwordDigest(), expected)) {
            return refuse(token, "The presented password is invalid.");
        }
        return Optional.of(new Caller(ApiKind.BACK_OFFICE, user.get().username(), user.get().userId()));
    }

    private static Instant parseCreated(String created) {
        if (!CREATED.matcher(created).matches()) {
            return null;
        }
        try {
            String normalised = created.matches(".*[+-]\\d{4}$")
                    ? created.substring(0, created.length() - 2) + ":" + created.substring(created.length() - 2)
                    : created;
            return OffsetDateTime.parse(normalised).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Caller> refuse(WsseToken token, String reason) {
        LOG.debug("WSSE authentication of {} failed: {}", token.username(), reason);
        return Optional.empty();
    }
}
