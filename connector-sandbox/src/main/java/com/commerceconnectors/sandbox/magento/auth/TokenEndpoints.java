package com.commerceconnectors.sandbox.magento.auth;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.MagentoCounters;
import com.commerceconnectors.sandbox.magento.MagentoSettings;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code POST /V1/integration/admin/token} and {@code /V1/integration/customer/token}: {@code {"username",
 * "password"}} in, a bare JSON string out. Order of checks as in Magento: required fields, the lock, the password
 * (a failure counts towards the lock), then 2FA for admins.
 */
public final class TokenEndpoints {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final MagentoSettings settings;
    private final MagentoCounters.TokenEvents events;
    private final CustomerLogins customers;

    public TokenEndpoints(Accounts accounts, LoginThrottle throttle, TokenService tokens, MagentoSettings settings,
                          MagentoCounters.TokenEvents events, CustomerLogins customers) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.tokens = tokens;
        this.settings = settings;
        this.events = events;
        this.customers = customers;
    }

    public SandboxResponse adminToken(CallContext call) {
        events.requested(UserType.ADMIN);
        Credentials credentials = credentials(call.jsonBody());
        Instant now = call.clock().instant();
        if (throttle.isLocked(UserType.ADMIN, credentials.username(), now)) {
            throw MagentoException.signInFailed();
        }
        AdminUser user = accounts.authenticateAdmin(credentials.username(), credentials.password()).orElse(null);
        if (user == null) {
            throttle.recordFailure(UserType.ADMIN, credentials.username(), now);
            throw MagentoException.signInFailed();
        }
        throttle.reset(UserType.ADMIN, credentials.username());
        if (settings.twoFactorAuth()) {
            throw MagentoException.of(401, "Please use the 2fa provider-specific endpoints to obtain a token.",
                    Map.of("active_providers", List.of("google")));
        }
        return issued(UserType.ADMIN, user.id());
    }

    public SandboxResponse customerToken(CallContext call) {
        events.requested(UserType.CUSTOMER);
        Credentials credentials = credentials(call.jsonBody());
        Instant now = call.clock().instant();
        if (throttle.isLocked(UserType.CUSTOMER, credentials.username(), now)) {
            throw MagentoException.signInFailed();
        }
        OptionalLong customerId = customers.customerId(credentials.username(), call.store().websiteId());
        if (customerId.isEmpty() || !accounts.customerPasswordMatches(customerId.getAsLong(), credentials.password())) {
            throttle.recordFailure(UserType.CUSTOMER, credentials.username(), now);
            throw MagentoException.signInFailed();
        }
        throttle.reset(UserType.CUSTOMER, credentials.username());
        return issued(UserType.CUSTOMER, customerId.getAsLong());
    }

    private SandboxResponse issued(UserType type, long userId) {
        String token = tokens.issue(type, userId);
        events.issued(type);
        return MagentoJson.ok(json -> json.writeString(token));
    }

    private static Credentials credentials(ObjectNode body) {
        JsonNode username = body.get("username");
        JsonNode password = body.get("password");
        List<String> missing = new ArrayList<>();
        if (username == null || username.isNull()) {
            missing.add("username");
        }
        if (password == null || password.isNull()) {
            missing.add("password");
        }
        if (!missing.isEmpty()) {
            throw MagentoException.required(missing);
        }
        String user;
        String pass;
        try {
            user = InputValues.toStringValue(username);
            pass = InputValues.toStringValue(password);
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
        List<String> empty = new ArrayList<>();
        if (user.isEmpty()) {
            empty.add("username");
        }
        if (pass.isEmpty()) {
            empty.add("password");
        }
        if (!empty.isEmpty()) {
            throw MagentoException.required(empty);
        }
        return new Credentials(user, pass);
    }

    /** Deliberately not a record: its {@code toString} must not show the password. */
    private static final class Credentials {
        private final String username;
        private final String password;

        Credentials(String username, String password) {
            this.username = username;
            this.password = password;
        }

        String username() {
            return username;
        }

        String password() {
            return password;
        }

        @Override
        public String toString() {
            return "Credentials[" + username + ", ****]";
        }
    }
}
