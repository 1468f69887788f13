package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.BearerAuth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.auth.oauth1.OAuth1AuthPolicy;
import com.commerceconnectors.core.auth.wsse.WsseAuthPolicy;
import com.commerceconnectors.core.error.ApiException;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Core's policies ({@code bearer}, {@code requestAuth}, {@code oauth1}, {@code wsse}) plus any a connector registers
 * for other auth types ({@code oauth2}); a registered factory wins over core's for the same type. An auth type nobody
 * handles is a clear configuration error.
 */
public final class DefaultAuthPolicyFactory implements AuthPolicyFactory {

    private final AuthPresets presets;
    private final Map<String, AuthPolicyFactory> byType;

    private DefaultAuthPolicyFactory(AuthPresets presets, Map<String, AuthPolicyFactory> byType) {
        this.presets = presets;
        this.byType = Map.copyOf(byType);
    }

    public static DefaultAuthPolicyFactory standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AuthPolicy create(AuthContext context) {
        Connection connection = context.connection();
        Auth auth = connection.auth();
        AuthPolicyFactory registered = byType.get(auth.type());
        if (registered != null) {
            return registered.create(context);
        }
        if (auth instanceof BearerAuth bearer) {
            return new BearerAuthPolicy(bearer.token());
        }
        if (auth instanceof RequestAuth requestAuth) {
            RequestAuthSpec spec = RequestAuthSpec.resolve(requestAuth, presets.requestAuth(connection), connection.baseUri());
            return TokenAuthPolicy.requestAuth(spec, context);
        }
        if (auth instanceof OAuth1Auth oauth1) {
            return OAuth1AuthPolicy.create(oauth1, context.clock());
        }
        if (auth instanceof WsseAuth wsse) {
            return WsseAuthPolicy.create(wsse, context.clock());
        }
        throw ApiException.configuration(
                "auth type '" + auth.type() + "' is not supported by the " + connection.connector() + " connector yet",
                "Use one of: " + String.join(", ", supportedTypes()));
    }

    /** The auth types this factory can build. */
    public Set<String> supportedTypes() {
        Set<String> types = new LinkedHashSet<>();
        types.add("bearer");
        types.add("requestAuth");
        types.add("oauth1");
        types.add("wsse");
        types.addAll(byType.keySet());
        return types;
    }

    /** Collects presets and extra policy factories. */
    public static final class Builder {
        private AuthPresets presets = AuthPresets.GENERIC;
        private final Map<String, AuthPolicyFactory> byType = new LinkedHashMap<>();

        public Builder presets(AuthPresets newPresets) {
            this.presets = Objects.requireNonNull(newPresets, "presets");
            return this;
        }

        /** Handles {@code authType} (the document's {@code auth.type}) with this factory. */
        public Builder register(String authType, AuthPolicyFactory factory) {
            byType.put(Objects.requireNonNull(authType, "authType"), Objects.requireNonNull(factory, "factory"));
            return this;
        }

        public DefaultAuthPolicyFactory build() {
            return new DefaultAuthPolicyFactory(presets, byType);
        }
    }
}
