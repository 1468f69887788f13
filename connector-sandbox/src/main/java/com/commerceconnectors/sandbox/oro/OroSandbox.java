package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.commerceconnectors.sandbox.oro.auth.AccessTokens;
import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.auth.ApiUsers;
import com.commerceconnectors.sandbox.oro.auth.CustomerLogins;
import com.commerceconnectors.sandbox.oro.auth.OAuthClient;
import com.commerceconnectors.sandbox.oro.auth.OAuthClients;
import com.commerceconnectors.sandbox.oro.auth.RefreshTokens;
import com.commerceconnectors.sandbox.oro.auth.TokenEndpoint;
import com.commerceconnectors.sandbox.oro.auth.WsseAuthenticator;
import com.commerceconnectors.sandbox.oro.auth.WsseNonces;
import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.OroSchema;
import com.commerceconnectors.sandbox.oro.data.OroSeeder;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.web.ResourceEndpoints;
import com.commerceconnectors.sandbox.oro.web.ResourceWriter;
import com.commerceconnectors.sandbox.server.SandboxServer;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The Oro (OroCommerce / OroCRM) emulator of a {@code Sandbox}, served under {@code <base>/oro}, the application
 * root a connection names as its {@code baseUri}: the back-office JSON:API at {@code /oro/admin/api/{type}}, the
 * storefront JSON:API at {@code /oro/api/{type}}, the OAuth server at {@code /oro/oauth2-token}.
 *
 * <h2>Controls for tests</h2>
 * <ul>
 *   <li><b>Public test credentials</b>: WSSE {@link #ADMIN_USERNAME}/{@link #ADMIN_API_KEY} (back office); the
 *       back-office client-credentials application {@link #BACKOFFICE_CLIENT_ID}/{@link #BACKOFFICE_CLIENT_SECRET};
 *       the storefront password-grant application {@link #STOREFRONT_CLIENT_ID}/{@link #STOREFRONT_CLIENT_SECRET}
 *       with the customer user {@link #CUSTOMER_EMAIL}/{@link #CUSTOMER_PASSWORD} or {@code guest}/{@code guest}.
 *       Tokens of one front end are refused (401) by the other.</li>
 *   <li><b>Behaviour</b>: {@link #settings()} — API feature toggles, WSSE lifetime, token lifetimes, page sizes,
 *       the query syntax of 6.1 or 6.0 ({@code settings().emulate(OroVersion.V6_0)}), configured sorters and
 *       filters only, a server that ignores the sort or some filters.</li>
 *   <li><b>Time</b>: the sandbox clock judges WSSE {@code Created} (zero tolerance for the future), token expiry, and
 *       stamps {@code createdAt}/{@code updatedAt} of writes; inject a {@code ManualClock} to move it.</li>
 *   <li><b>Data</b>: {@link #seedProducts(int)}, {@link #seedUsers(int)}, {@link #seedCustomers(int)},
 *       {@link #seedOrders(int)}, {@link #touchProduct(long)}, {@link #products()} (how many), {@link #data()}
 *       for everything else. Organization 1 and user 1 ({@code admin}) always exist.</li>
 *   <li><b>Counters</b>: {@link #tokenRequests()}, {@link #tokensIssued()}, {@link #rememberedNonces()};
 *       {@link #requests()} is the request log (credentials fingerprinted).</li>
 *   <li><b>Faults</b>: {@link #faults()}, on paths under the root, e.g.
 *       {@code faults().on("/admin/api/products*").times(2)
 *       .respond(Fault.tooManyRequests(Duration.ofSeconds(1)))}.</li>
 * </ul>
 */
public final class OroSandbox {

    /** Public test credentials: printing them is the point. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_API_KEY = "5d9e3f1c7b2a4e608f1d3c5b7a9e2f4d6b8c0a1e";
    public static final String BACKOFFICE_CLIENT_ID = "sandbox-backoffice-client";
    public static final String BACKOFFICE_CLIENT_SECRET = "sandbox-backoffice-secret-0001";
    public static final String STOREFRONT_CLIENT_ID = "sandbox-storefront-client";
    public static final String STOREFRONT_CLIENT_SECRET = "sandbox-storefront-secret-0001";
    public static final String CUSTOMER_EMAIL = "amanda.cole@example.org";
    public static final String CUSTOMER_PASSWORD = "Sandbox-customer-123";
    /** The storefront guest sign-in (both username and password). */
    public static final String GUEST = CustomerLogins.GUEST;

    private final Clock clock;
    private final OroSettings settings = new OroSettings();
    private final OroData data = new OroData(new OroSchema());
    private final OroSeeder seeder = new OroSeeder(data);
    private final ApiUsers apiUsers = new ApiUsers();
    private final OAuthClients clients = new OAuthClients();
    private final CustomerLogins customerLogins = new CustomerLogins(settings::guestStorefrontApi);
    private final WsseNonces nonces = new WsseNonces();
    private final AccessTokens accessTokens;
    private final TokenEndpoint tokenEndpoint;
    private final ResourceWriter writer;
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requests = new RequestLog();
    private final OroPlatform platform;
    private volatile URI baseUri = URI.create("http://127.0.0.1");

    /** Normally created by {@code Sandbox}; {@link #mountOn(SandboxServer)} serves it. */
    public OroSandbox(Clock clock) {
        this.clock = clock;
        this.accessTokens = new AccessTokens(clock, settings::accessTokenLifetime);
        RefreshTokens refreshTokens = new RefreshTokens(clock, settings::refreshTokenLifetime);
        this.tokenEndpoint = new TokenEndpoint(clients, customerLogins, accessTokens, refreshTokens, clock);
        this.writer = new ResourceWriter(data, clock);
        WsseAuthenticator wsse = new WsseAuthenticator(apiUsers, nonces, settings::wsseLifetime,
                this::userEnabled, clock);
        ResourceEndpoints endpoints = new ResourceEndpoints(data, writer, settings::queryRules);
        this.platform = new OroPlatform(settings, tokenEndpoint, accessTokens, wsse, endpoints, () -> baseUri);
        seedAccounts();
    }

    /** Serves this emulator on {@code server} under {@code /oro}. */
    public void mountOn(SandboxServer server) {
        baseUri = server.baseUri();
        server.mount("oro", OroPlatform.ROOT, platform, faults, requests, clock);
    }

    /** {@code http://127.0.0.1:PORT/oro}: the application root, a connection's {@code baseUri}. */
    public URI baseUri() {
        return URI.create(baseUri + OroPlatform.ROOT);
    }

    /** {@code http://127.0.0.1:PORT/oro/admin/api} */
    public URI backOfficeApiUri() {
        return URI.create(baseUri() + ApiKind.BACK_OFFICE.prefix());
    }

    /** {@code http://127.0.0.1:PORT/oro/api} */
    public URI storefrontApiUri() {
        return URI.create(baseUri() + ApiKind.STOREFRONT.prefix());
    }

    /** {@code http://127.0.0.1:PORT/oro/oauth2-token} */
    public URI tokenUri() {
        return URI.create(baseUri() + OroPlatform.TOKEN_PATH);
    }

    public OroSettings settings() {
        return settings;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Every request received (bounded), oldest first, with credentials fingerprinted. */
    public RequestLog requests() {
        return requests;
    }

    /** Every stored resource, by type. */
    public OroData data() {
        return data;
    }

    /** Back-office users' API keys (add one with {@code apiUsers().put(username, userId, key)}). */
    public ApiUsers apiUsers() {
        return apiUsers;
    }

    /** The OAuth applications. */
    public OAuthClients clients() {
        return clients;
    }

    /** Storefront sign-ins of the password grant. */
    public CustomerLogins customerLogins() {
        return customerLogins;
    }

    /** Adds {@code count} deterministic products ({@code ORO-000001} …), each with an "each" unit precision. */
    public List<Resource> seedProducts(int count) {
        return seeder.seedProducts(count);
    }

    /** Adds {@code count} deterministic back-office users ({@code user0002} …). */
    public List<Resource> seedUsers(int count) {
        return seeder.seedUsers(count);
    }

    public List<Resource> seedCustomers(int count) {
        return seeder.seedCustomers(count);
    }

    /** Adds {@code count} orders of the customers present, round robin. */
    public List<Resource> seedOrders(int count) {
        return seeder.seedOrders(count);
    }

    /**
     * Sets the product's {@code updatedAt} to the sandbox clock's now, as an edit in the back office does.
     *
     * @throws NoSuchElementException when there is no product with that id
     */
    public Resource touchProduct(long id) {
        return writer.touch("products", id)
                .orElseThrow(() -> new NoSuchElementException("there is no product with id " + id));
    }

    /** How many products there are. */
    public int products() {
        return data.store("products").size();
    }

    /** Requests to the token endpoint, whatever their outcome. */
    public int tokenRequests() {
        return tokenEndpoint.requests();
    }

    public int tokensIssued() {
        return tokenEndpoint.issued();
    }

    /** WSSE nonces currently remembered (bounded by the WSSE lifetime). */
    public int rememberedNonces() {
        return nonces.size();
    }

    /** Revokes every access token issued to an OAuth client; returns how many. */
    public int revokeTokens(String clientId) {
        return accessTokens.revokeClient(clientId);
    }

    /** Forgets requests, counters and faults; data, settings and remembered nonces stay. */
    public void resetObservations() {
        requests.clear();
        faults.clear();
        tokenEndpoint.resetCounters();
    }

    private boolean userEnabled(long userId) {
        return data.store("users").find(userId).map(u -> u.attribute("enabled").asBoolean(true)).orElse(false);
    }

    private void seedAccounts() {
        seeder.seedFoundation(ADMIN_USERNAME);
        apiUsers.put(ADMIN_USERNAME, 1, ADMIN_API_KEY);
        clients.add(new OAuthClient(BACKOFFICE_CLIENT_ID, BACKOFFICE_CLIENT_SECRET, ApiKind.BACK_OFFICE,
                Set.of(OAuthClient.CLIENT_CREDENTIALS), 1));
        clients.add(new OAuthClient(STOREFRONT_CLIENT_ID, STOREFRONT_CLIENT_SECRET, ApiKind.STOREFRONT,
                Set.of(OAuthClient.PASSWORD), 0));
        Resource customerUser = seeder.seedCustomerUser(CUSTOMER_EMAIL, "Amanda", "Cole");
        customerLogins.put(CUSTOMER_EMAIL, CUSTOMER_PASSWORD, customerUser.id());
    }
}
