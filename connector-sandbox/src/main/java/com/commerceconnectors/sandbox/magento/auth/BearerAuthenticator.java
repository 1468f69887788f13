package com.commerceconnectors.sandbox.magento.auth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.commerceconnectors.sandbox.magento.integration.Integrations;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;

/**
 * Resolves the caller from {@code Authorization: Bearer <token>} as Magento's token user context does: the header
 * must be exactly two space-separated parts with the scheme {@code bearer} (any case); a token that is unknown,
 * expired, revoked, or an integration's access token while {@code enable_integration_as_bearer} is off or the
 * integration is not active, leaves the request anonymous. Being anonymous is not an error by itself; the endpoint's ACL decides.
 */
public final class BearerAuthenticator {

    private final TokenService tokens;
    private final Accounts accounts;
    private final Integrations integrations;
    private final BooleanSupplier integrationAsBearer;
    private final LongPredicate customerExists;

    public BearerAuthenticator(TokenService tokens, Accounts accounts, Integrations integrations,
                               BooleanSupplier integrationAsBearer, LongPredicate customerExists) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.integrations = integrations;
        this.integrationAsBearer = integrationAsBearer;
        this.customerExists = customerExists;
    }

    public Caller authenticate(SandboxRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Caller.GUEST;
        }
        String[] pieces = header.get().split(" ", -1);
        if (pieces.length != 2 || !pieces[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            return Caller.GUEST;
        }
        String token = pieces[1];
        Optional<Integration> integration = integrations.activeByAccessToken(token);
        if (integration.isPresent()) {
            return integrationAsBearer.getAsBoolean()
                    ? new Caller(UserType.INTEGRATION, integration.get().id(), integration.get().name())
                    : Caller.GUEST;
        }
        return tokens.validate(token).map(this::caller).orElse(Caller.GUEST);
    }

    private Caller caller(IssuedToken token) {
        if (token.type() == UserType.ADMIN) {
            return accounts.adminById(token.userId())
                    .filter(AdminUser::active)
                    .map(user -> new Caller(UserType.ADMIN, user.id(), user.username()))
                    .orElse(Caller.GUEST);
        }
        if (token.type() == UserType.CUSTOMER && customerExists.test(token.userId())) {
            return new Caller(UserType.CUSTOMER, token.userId(), "customer");
        }
        return Caller.GUEST;
    }
}
