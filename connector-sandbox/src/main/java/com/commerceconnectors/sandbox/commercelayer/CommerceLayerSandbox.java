package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.api.ApiServer;
import com.commerceconnectors.sandbox.commercelayer.auth.Application;
import com.commerceconnectors.sandbox.commercelayer.auth.ApplicationKind;
import com.commerceconnectors.sandbox.commercelayer.auth.AuthCounters;
import com.commerceconnectors.sandbox.commercelayer.auth.AuthServer;
import com.commerceconnectors.sandbox.commercelayer.auth.Organization;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;
import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.commerceconnectors.sandbox.server.SandboxServer;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Commerce Layer emulator of a {@code Sandbox}: the auth server under {@code <base>/commercelayer/auth}
 * ({@code /oauth/token}, {@code /oauth/revoke}) and the organization {@value #ORGANIZATION_SLUG}'s core API under
 * {@code <base>/commercelayer/api}.
 *
 * <h2>Controls for tests</h2>
 * <ul>
 *   <li><b>Public test credentials</b>: the integration {@link #INTEGRATION_CLIENT_ID}/
 *       {@link #INTEGRATION_CLIENT_SECRET} (client credentials, no scope needed, 2 h tokens, reads and writes);
 *       the public sales channel {@link #SALES_CHANNEL_CLIENT_ID} (no secret; scope {@link #SALES_CHANNEL_SCOPE}
 *       or {@code market:id:…} required; 4 h tokens; password grant for {@link #CUSTOMER_EMAIL}/
 *       {@link #CUSTOMER_PASSWORD}, refresh tokens); the JWT bearer grant for either (the organization is
 *       enterprise unless {@code settings().enterprise(false)}).</li>
 *   <li><b>Settings</b>: {@link #settings()} — token lifetimes, the {@code iss} claim, the auth rate limit (30 a
 *       minute), the API's average limits per IP (reported in {@code X-Ratelimit-*}, enforced or not, test or live
 *       figures), a burst limit, {@code Retry-After} on 429s or not, the maximum page size, the id collation, and a
 *       server that ignores the sort or some filter predicates.</li>
 *   <li><b>Time</b>: the sandbox clock decides token expiry and every rate-limit window.</li>
 *   <li><b>Data</b>: {@link #seedSkus(int)} (each with a price per price list and a stock item per warehouse),
 *       {@link #seedOrders(int)}, {@link #touchSku(String)}, {@link #skus()}, {@link #store()}.</li>
 *   <li><b>Observations</b>: {@link #tokenRequests()} (by grant), {@link #revocations()}, {@link #requests()} (the
 *       request log, tokens fingerprinted), {@link #faults()} (e.g.
 *       {@code faults().on("/api/skus*").times(2).respond(Fault.tooManyRequests())}).</li>
 * </ul>
 */
public final class CommerceLayerSandbox {

    public static final String ORGANIZATION_SLUG = "sandbox-org";
    public static final String ORGANIZATION_ID = "OrgSbxWLgb";
    public static final String REGION = "eu-west-1";
    /** Public test credentials: printing them is the point. */
    public static final String INTEGRATION_CLIENT_ID = "sbx-integration-client-id-0000000000000001";
    public static final String INTEGRATION_CLIENT_SECRET = "sbx-integration-client-secret-000000000001";
    public static final String INTEGRATION_APPLICATION_ID = "AppIntgr01";
    public static final String SALES_CHANNEL_CLIENT_ID = "sbx-sales-channel-client-id-00000000000001";
    public static final String SALES_CHANNEL_APPLICATION_ID = "AppSlsCh01";
    public static final String MARKET_CODE = "europe";
    public static final String SALES_CHANNEL_SCOPE = "market:code:" + MARKET_CODE;
    public static final String CUSTOMER_EMAIL = "customer@sandbox-org.example";
    public static final String CUSTOMER_PASSWORD = "Sandbox-customer-123";

    private final Clock clock;
    private final CommerceLayerSettings settings = new CommerceLayerSettings();
    private final Schema schema = Schema.commerceLayer();
    private final ResourceStore store = new ResourceStore();
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requests = new RequestLog();
    private final CatalogSeeder seeder = new CatalogSeeder(store);
    private final AuthServer auth;
    private final ApiServer api;
    private final CommerceLayerPlatform platform;
    private final Resource customer;
    private volatile URI serverUri = URI.create("http://127.0.0.1");

    /** Normally created by {@code Sandbox}; {@link #mountOn(SandboxServer)} serves it. */
    public CommerceLayerSandbox(Clock clock) {
        this.clock = clock;
        Organization organization = new Organization(ORGANIZATION_ID, ORGANIZATION_SLUG, REGION);
        this.auth = new AuthServer(store, settings, organization, this::authUri, clock);
        this.api = new ApiServer(schema, store, auth.bearer(), settings, () -> baseUri() + "/api",
                ORGANIZATION_ID, clock);
        this.platform = new CommerceLayerPlatform(auth, api);
        auth.applications().add(new Application(INTEGRATION_APPLICATION_ID, INTEGRATION_CLIENT_ID,
                INTEGRATION_CLIENT_SECRET, ApplicationKind.INTEGRATION));
        auth.applications().add(new Application(SALES_CHANNEL_APPLICATION_ID, SALES_CHANNEL_CLIENT_ID, null,
                ApplicationKind.SALES_CHANNEL));
        this.customer = seeder.seedOrganization(CUSTOMER_EMAIL);
        auth.customers().set(CUSTOMER_EMAIL, customer.id(), CUSTOMER_PASSWORD);
    }

    /** Serves this emulator on {@code server} under {@value CommerceLayerPlatform#PREFIX}. */
    public void mountOn(SandboxServer server) {
        serverUri = server.baseUri();
        server.mount("commercelayer", CommerceLayerPlatform.PREFIX, platform, faults, requests, clock);
    }

    /** {@code http://127.0.0.1:PORT/commercelayer}: a connection's {@code baseUri}; resources under {@code /api}. */
    public URI baseUri() {
        return URI.create(serverUri + CommerceLayerPlatform.PREFIX);
    }

    /**
     * {@code http://127.0.0.1:PORT/commercelayer/auth}: tokens at {@code /oauth/token}, revoke at
     * {@code /oauth/revoke}.
     */
    public URI authUri() {
        return URI.create(baseUri() + "/auth");
    }

    public CommerceLayerSettings settings() {
        return settings;
    }

    /**
     * Adds {@code count} SKUs (codes {@code SKU-000001} onwards), each with a price per price list and a stock
     * item per warehouse; returns them.
     */
    public List<Resource> seedSkus(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot seed a negative number of SKUs");
        }
        return seeder.seedSkus(count);
    }

    /** Adds {@code count} placed orders of the sign-in customer, one line item each; SKUs must exist. */
    public List<Resource> seedOrders(int count) {
        return seeder.seedOrders(customer, count);
    }

    /** Sets a SKU's {@code updated_at} to the sandbox clock's now, as an edit in the dashboard would. */
    public Resource touchSku(String id) {
        return api.writer().touch(Schema.SKUS, id);
    }

    /** How many SKUs there are. */
    public int skus() {
        return store.count(Schema.SKUS);
    }

    public Optional<Resource> sku(String id) {
        return store.find(Schema.SKUS, id);
    }

    public Optional<Resource> skuByCode(String code) {
        return store.where(Schema.SKUS, "code", code).stream().findFirst();
    }

    /** The sign-in customer ({@link #CUSTOMER_EMAIL}). */
    public Resource customer() {
        return customer;
    }

    /** Every resource, for tests that look beneath the API. */
    public ResourceStore store() {
        return store;
    }

    /** Token requests by grant type, refused ones included. */
    public AuthCounters tokenRequests() {
        return auth.counters();
    }

    /** Tokens revoked through {@code /oauth/revoke}. */
    public int revocations() {
        return auth.revocations();
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Every request received (bounded), oldest first, with tokens and secrets fingerprinted. */
    public RequestLog requests() {
        return requests;
    }

    /** Forgets the request log, counters, fault rules and rate-limit windows (data, tokens and settings stay). */
    public void resetObservations() {
        requests.clear();
        faults.clear();
        auth.counters().reset();
        auth.resetRateLimit();
        api.resetRateLimit();
    }
}
