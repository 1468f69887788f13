package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Makes access tokens with Commerce Layer's claims: {@code organization{id,slug,enterprise,region}},
 * {@code application{id,kind,public}}, {@code scope}, {@code exp}, {@code iat}, {@code iss}, {@code test},
 * {@code rand}, and where they apply {@code market{id[],price_list_id,stock_location_ids,...}}, {@code owner} and
 * {@code custom_claim}. Lifetimes come from the settings, time from the sandbox clock.
 */
final class TokenIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder OPAQUE = Base64.getUrlEncoder().withoutPadding();

    private final JwtSigner signer;
    private final TokenRegistry registry;
    private final CommerceLayerSettings settings;
    private final Organization organization;
    private final Supplier<URI> defaultIssuer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(JwtSigner signer, TokenRegistry registry, CommerceLayerSettings settings, Organization organization,
                Supplier<URI> defaultIssuer, Clock clock) {
        this.signer = signer;
        this.registry = registry;
        this.settings = settings;
        this.organization = organization;
        this.defaultIssuer = defaultIssuer;
        this.clock = clock;
    }

    IssuedToken issue(Application application, ResolvedScope scope, Owner owner, JsonNode customClaim,
                      boolean withRefreshToken) {
        Instant now = clock.instant();
        Duration lifetime = application.kind() == ApplicationKind.INTEGRATION
                ? settings.integrationTokenLifetime() : settings.salesChannelTokenLifetime();
        ObjectNode claims = JSON.createObjectNode();
        ObjectNode org = claims.putObject("organization");
        org.put("id", organization.id());
        org.put("slug", organization.slug());
        org.put("enterprise", settings.enterprise());
        org.put("region", organization.region());
        ObjectNode app = claims.putObject("application");
        app.put("id", application.id());
        app.put("kind", application.kind().claim());
        app.put("public", application.isPublic());
        if (scope.restricted()) {
            ObjectNode market = claims.putObject("market");
            ArrayNode ids = market.putArray("id");
            scope.marketIds().forEach(ids::add);
            market.put("price_list_id", scope.priceListId());
            ArrayNode locations = market.putArray("stock_location_ids");
            scope.stockLocationIds().forEach(locations::add);
            market.putNull("geocoder_id");
            market.put("allows_external_prices", false);
        }
        if (owner != null) {
            claims.putObject("owner").put("id", owner.id()).put("type", owner.type());
        }
        if (customClaim != null) {
            claims.set("custom_claim", customClaim);
        }
        claims.put("scope", scope.scope());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("test", true);
        claims.put("rand", random.nextDouble());
        claims.put("iat", now.getEpochSecond());
        URI issuer = settings.issuer();
        claims.put("iss", (issuer == null ? defaultIssuer.get() : issuer).toString());
        String refreshToken = withRefreshToken ? opaque() : null;
        IssuedToken token = new IssuedToken(signer.sign(claims), lifetime.toSeconds(), scope.scope(), now,
                refreshToken, owner);
        registry.issued(token, application.id(), now.plus(settings.refreshTokenLifetime()));
        return token;
    }

    private String opaque() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return OPAQUE.encodeToString(bytes);
    }
}
