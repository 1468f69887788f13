package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.auth.AssertionReader.Assertion;
import com.commerceconnectors.sandbox.commercelayer.auth.TokenRegistry.RefreshGrant;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.http.SandboxRequest;

import java.time.Clock;

/**
 * {@code POST /oauth/token}: the grants Commerce Layer supports for API credentials —
 * {@code client_credentials} (integration, sales channel), {@code password} (sales channel, a customer),
 * {@code refresh_token} (sales channel; the used refresh token is rotated out) and
 * {@code urn:ietf:params:oauth:grant-type:jwt-bearer} (enterprise organizations; on behalf of an assertion's
 * owner). Sales channel grants need a market or stock location scope; integrations may name one.
 */
final class TokenEndpoint {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String PASSWORD = "password";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Applications applications;
    private final ScopeResolver scopes;
    private final TokenIssuer issuer;
    private final TokenRegistry registry;
    private final CustomerLogins customers;
    private final AssertionReader assertions;
    private final CommerceLayerSettings settings;
    private final AuthCounters counters;
    private final Clock clock;

    TokenEndpoint(Applications applications, ScopeResolver scopes, TokenIssuer issuer, TokenRegistry registry,
                  CustomerLogins customers, AssertionReader assertions, CommerceLayerSettings settings,
                  AuthCounters counters, Clock clock) {
        this.applications = applications;
        this.scopes = scopes;
        this.issuer = issuer;
        this.registry = registry;
        this.customers = customers;
        this.assertions = assertions;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
    }

    IssuedToken handle(SandboxRequest request) {
        AuthParameters parameters = AuthParameters.read(request);
        String grant = parameters.get("grant_type");
        counters.recordRequest(grant);
        if (grant == null) {
            throw OAuthError.invalidRequest();
        }
        IssuedToken token;
        switch (grant) {
            case CLIENT_CREDENTIALS:
                token = clientCredentials(parameters);
                break;
            case PASSWORD:
                token = password(parameters);
                break;
            case REFRESH_TOKEN:
                token = refresh(parameters);
                break;
            case JWT_BEARER:
                token = jwtBearer(parameters);
                break;
            default:
                throw OAuthError.unsupportedGrantType();
        }
        counters.recordIssued();
        return token;
    }

    private IssuedToken clientCredentials(AuthParameters parameters) {
        Application application = client(parameters);
        ResolvedScope scope = scopes.resolve(parameters.get("scope"), needsScope(application));
        return issuer.issue(application, scope, null, null, false);
    }

    private IssuedToken password(AuthParameters parameters) {
        Application application = client(parameters);
        if (application.kind() != ApplicationKind.SALES_CHANNEL) {
            throw OAuthError.unauthorizedClient();
        }
        String username = parameters.required("username");
        String password = parameters.required("password");
        ResolvedScope scope = scopes.resolve(parameters.get("scope"), true);
        String customerId = customers.authenticate(username, password).orElseThrow(OAuthError::invalidGrant);
        return issuer.issue(application, scope, new Owner(Owner.CUSTOMER, customerId), null, true);
    }

    private IssuedToken refresh(AuthParameters parameters) {
        Application application = client(parameters);
        String refreshToken = parameters.required("refresh_token");
        RefreshGrant grant = registry.refreshGrant(refreshToken, clock.instant())
                .filter(g -> g.applicationId().equals(application.id()))
                .orElseThrow(OAuthError::invalidGrant);
        String requested = parameters.get("scope");
        ResolvedScope scope = scopes.resolve(requested == null ? grant.scope() : requested,
                needsScope(application));
        registry.consumed(refreshToken);
        return issuer.issue(application, scope, grant.owner(), null, true);
    }

    private IssuedToken jwtBearer(AuthParameters parameters) {
        Application application = client(parameters);
        if (!settings.enterprise()) {
            throw OAuthError.unauthorizedClient();
        }
        Assertion assertion = assertions.read(parameters.get("assertion"));
        ResolvedScope scope = scopes.resolve(parameters.get("scope"), needsScope(application));
        return issuer.issue(application, scope, assertion.owner(), assertion.customClaim(), true);
    }

    private Application client(AuthParameters parameters) {
        Application application = applications.byClientId(parameters.get("client_id"))
                .orElseThrow(OAuthError::invalidClient);
        if (!application.authenticates(parameters.get("client_secret"))) {
            throw OAuthError.invalidClient();
        }
        return application;
    }

    private static boolean needsScope(Application application) {
        return application.kind() == ApplicationKind.SALES_CHANNEL;
    }
}
