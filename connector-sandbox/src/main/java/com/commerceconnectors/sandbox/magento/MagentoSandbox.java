package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.fault.FaultInjector;
import com.commerceconnectors.sandbox.log.RequestLog;
import com.commerceconnectors.sandbox.magento.auth.AccessPolicy;
import com.commerceconnectors.sandbox.magento.auth.Accounts;
import com.commerceconnectors.sandbox.magento.auth.AdminUser;
import com.commerceconnectors.sandbox.magento.auth.BearerAuthenticator;
import com.commerceconnectors.sandbox.magento.auth.LoginThrottle;
import com.commerceconnectors.sandbox.magento.auth.TokenEndpoints;
import com.commerceconnectors.sandbox.magento.auth.TokenService;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.bulk.BulkQueue;
import com.commerceconnectors.sandbox.magento.bulk.BulkStatusEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.AsyncProductEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.CategoryEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.CategoryTree;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.catalog.ProductCatalog;
import com.commerceconnectors.sandbox.magento.catalog.ProductEndpoints;
import com.commerceconnectors.sandbox.magento.customer.Customer;
import com.commerceconnectors.sandbox.magento.customer.CustomerDirectory;
import com.commerceconnectors.sandbox.magento.customer.CustomerEndpoints;
import com.commerceconnectors.sandbox.magento.integration.CallbackPost;
import com.commerceconnectors.sandbox.magento.integration.ConsumerCallback;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.commerceconnectors.sandbox.magento.integration.IntegrationActivation;
import com.commerceconnectors.sandbox.magento.integration.IntegrationCredentials;
import com.commerceconnectors.sandbox.magento.integration.Integrations;
import com.commerceconnectors.sandbox.magento.oauth.NonceRegistry;
import com.commerceconnectors.sandbox.magento.oauth.OAuthAuthenticator;
import com.commerceconnectors.sandbox.magento.oauth.OAuthServer;
import com.commerceconnectors.sandbox.magento.sales.Order;
import com.commerceconnectors.sandbox.magento.sales.OrderBook;
import com.commerceconnectors.sandbox.magento.sales.OrderEndpoints;
import com.commerceconnectors.sandbox.magento.search.SearchRunner;
import com.commerceconnectors.sandbox.magento.store.ModuleEndpoints;
import com.commerceconnectors.sandbox.magento.store.StoreEndpoints;
import com.commerceconnectors.sandbox.magento.store.StoreRegistry;
import com.commerceconnectors.sandbox.server.SandboxServer;

import java.io.IOException;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Magento 2 emulator of a {@code Sandbox}, served under {@code <base>/rest} (and {@code /index.php/rest}), with
 * the OAuth 1.0a token endpoints under {@code <base>/oauth/token/request} and {@code /oauth/token/access}.
 *
 * <h2>Controls for tests</h2>
 * <ul>
 *   <li><b>Public test credentials</b>: {@link #ADMIN_USERNAME}/{@link #ADMIN_PASSWORD}, the customer
 *       {@link #CUSTOMER_EMAIL}/{@link #CUSTOMER_PASSWORD} (customer id 1), and the active integration
 *       {@link #INTEGRATION_NAME} with "All" resources: {@link #INTEGRATION_CONSUMER_KEY},
 *       {@link #INTEGRATION_CONSUMER_SECRET}, {@link #INTEGRATION_TOKEN} (access token, also usable as a bearer
 *       token while {@code integrationTokenAsBearer} is on) and {@link #INTEGRATION_TOKEN_SECRET}, for OAuth 1.0a
 *       with HMAC-SHA256. More admins through {@link #accounts()}.</li>
 *   <li><b>Integrations</b>: {@link #createIntegration(String, String...)} (optionally limited to ACL resources),
 *       {@link #activateIntegration(String, URI)} (posts the consumer credentials and verifier to a callback, then
 *       the client runs the handshake against {@link #oauthTokenRequestUri()} and {@link #oauthTokenAccessUri()}),
 *       {@link #activateIntegration(String)} (no callback: the access token at once),
 *       {@link #setIntegrationPublicKey(String, PublicKey)} for RSA signatures, {@link #integrations()}.</li>
 *   <li><b>Version behaviour</b>: {@link #settings()} — JWT or opaque tokens and their lifetimes, integration token
 *       as bearer on/off, paging past the end (2.4 empty / 2.3 repeats the last page), input limits (max page size
 *       300, entity arrays of 20), unique URL keys, 2FA, lockout threshold, accepted OAuth signature methods
 *       (HMAC-SHA256 by default), consumer key expiry, nonce cleanup, a search that ignores its sort orders or some
 *       filter groups; or all at once with {@code settings().emulate(MagentoVersion.V2_3)}.</li>
 *   <li><b>Time</b>: the sandbox clock (inject a {@code ManualClock} and advance it to expire tokens, locks,
 *       consumer keys and nonces); OAuth timestamps are judged against it.</li>
 *   <li><b>Tokens</b>: {@link #revokeTokens(UserType, String)}, {@link #changeAdminPassword(String, String)},
 *       {@link #issueToken(UserType, String)}.</li>
 *   <li><b>Lockout</b>: {@link #failedLogins(UserType, String)}, {@link #isLocked(UserType, String)},
 *       {@link #resetLockouts()}.</li>
 *   <li><b>Counters</b>: {@link #tokenRequests(UserType)}, {@link #tokensIssued(UserType)}, {@link #apiCalls()},
 *       {@link #lastAuthorizationHeader()}; {@link #requests()} is the request log (store code of each request,
 *       Authorization only as a fingerprint).</li>
 *   <li><b>Data</b>: {@link #seedProducts(int)}, {@link #seedCustomers(int)}, {@link #seedOrders(int)}
 *       (deterministic, with many shared {@code updated_at} values), and mutation hooks on {@link #products()},
 *       {@link #customers()}, {@link #orders()}, {@link #categories()}, {@link #stores()}.</li>
 *   <li><b>Asynchronous bulk API</b>: {@code POST /rest/<store>/async/bulk/V1/products} (and
 *       {@code PUT …/products/bySku}, {@code /async/V1/products}) queue operations in {@link #bulk()}; the emulated
 *       {@code async.operations.all} consumer applies them once a bulk's status has been asked for once, or — after
 *       {@code bulk().consumeManually()} — only when a test calls {@link #runBulkConsumer()}. Status:
 *       {@code GET /rest/V1/bulk/:uuid/status}, {@code /detailed-status}, {@code /operation-status/:status}.</li>
 *   <li><b>Faults</b>: {@link #faults()}, e.g.
 *       {@code faults().on("/V1/products*").times(2).respond(Fault.tooManyRequests(Duration.ofSeconds(1)))}.</li>
 * </ul>
 */
public final class MagentoSandbox {

    /** Public test credentials: printing them is the point. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "sandbox-admin-123";
    public static final String CUSTOMER_EMAIL = "roni_cost@example.com";
    public static final String CUSTOMER_PASSWORD = "Sandbox-customer-123";
    public static final String INTEGRATION_NAME = "sandbox";
    public static final String INTEGRATION_CONSUMER_KEY = "sandboxconsumerkey00000000000001";
    public static final String INTEGRATION_CONSUMER_SECRET = "sandboxconsumersecret00000000001";
    /** The default integration's OAuth access token. */
    public static final String INTEGRATION_TOKEN = "sandboxintegrationtoken000000001";
    public static final String INTEGRATION_TOKEN_SECRET = "sandboxintegrationsecret00000001";

    private final Clock clock;
    private final MagentoSettings settings = new MagentoSettings();
    private final StoreRegistry stores = new StoreRegistry();
    private final Accounts accounts = new Accounts();
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final ProductCatalog products;
    private final CategoryTree categories = new CategoryTree();
    private final CustomerDirectory customers;
    private final OrderBook orders;
    private final BulkQueue bulk;
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requests = new RequestLog();
    private final MagentoCounters counters = new MagentoCounters();
    private final Integrations integrations = new Integrations();
    private final NonceRegistry nonces = new NonceRegistry();
    private final ConsumerCallback consumerCallback = new ConsumerCallback();
    private final MagentoPlatform platform;
    private final MagentoOAuthPlatform oauthPlatform;
    private volatile URI baseUri = URI.create("http://127.0.0.1");

    /** Normally created by {@code Sandbox}; {@link #mountOn(SandboxServer)} serves it. */
    public MagentoSandbox(Clock clock) {
        this.clock = clock;
        this.throttle = new LoginThrottle(settings::maxLoginFailures, settings::lockoutDuration);
        this.tokens = new TokenService(clock, settings::tokenLifetime, settings::jwtTokens);
        this.products = new ProductCatalog(clock, settings::uniqueUrlKeys);
        this.customers = new CustomerDirectory(clock);
        this.orders = new OrderBook(clock);
        this.bulk = new BulkQueue(clock);
        seedAccounts();
        SearchRunner search = new SearchRunner(settings);
        TokenEndpoints tokenEndpoints = new TokenEndpoints(accounts, throttle, tokens, settings, counters.tokenEvents(),
                (email, websiteId) -> customers.findByEmail(email, websiteId)
                        .map(c -> OptionalLong.of(c.id())).orElse(OptionalLong.empty()));
        OAuthServer oauth = new OAuthServer(integrations, nonces, settings, clock);
        this.platform = new MagentoPlatform(stores,
                MagentoRoutes.build(tokenEndpoints, new StoreEndpoints(stores, () -> baseUri), new ModuleEndpoints(),
                        new ProductEndpoints(products, search), new AsyncProductEndpoints(products, bulk),
                        new CategoryEndpoints(categories, products, search),
                        new CustomerEndpoints(customers, accounts, search), new OrderEndpoints(orders, search),
                        new BulkStatusEndpoints(bulk)),
                new CallerResolver(new OAuthAuthenticator(oauth),
                        new BearerAuthenticator(tokens, accounts, integrations, settings::integrationTokenAsBearer,
                                customers::exists)),
                new AccessPolicy(accounts, integrations), counters, settings, clock);
        this.oauthPlatform = new MagentoOAuthPlatform(oauth, counters);
    }

    /** Serves this emulator on {@code server} under {@code /rest}, {@code /oauth} and their {@code /index.php} forms. */
    public void mountOn(SandboxServer server) {
        baseUri = server.baseUri();
        for (String prefix : MagentoPlatform.PREFIXES) {
            server.mount("magento", prefix, platform, faults, requests, clock);
        }
        for (String prefix : MagentoOAuthPlatform.PREFIXES) {
            server.mount("magento", prefix, oauthPlatform, faults, requests, clock);
        }
    }

    /** {@code http://127.0.0.1:PORT/rest}: what a connection document calls {@code baseUri}. */
    public URI restUri() {
        return URI.create(baseUri + "/rest");
    }

    /** {@code http://127.0.0.1:PORT/}: the store base URL, as Magento posts it to integration callbacks. */
    public URI storeBaseUri() {
        return URI.create(baseUri + "/");
    }

    /** {@code http://127.0.0.1:PORT/oauth/token/request} */
    public URI oauthTokenRequestUri() {
        return URI.create(baseUri + "/oauth/token/request");
    }

    /** {@code http://127.0.0.1:PORT/oauth/token/access} */
    public URI oauthTokenAccessUri() {
        return URI.create(baseUri + "/oauth/token/access");
    }

    public MagentoSettings settings() {
        return settings;
    }

    public StoreRegistry stores() {
        return stores;
    }

    public Accounts accounts() {
        return accounts;
    }

    public ProductCatalog products() {
        return products;
    }

    public CategoryTree categories() {
        return categories;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public OrderBook orders() {
        return orders;
    }

    /** The asynchronous operations: bulks, their operations, and the emulated consumer's controls. */
    public BulkQueue bulk() {
        return bulk;
    }

    /**
     * Runs the emulated {@code async.operations.all} consumer until the queue is empty.
     *
     * @return how many operations it processed
     */
    public int runBulkConsumer() {
        return bulk.runConsumer();
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Every request received (bounded), oldest first, with credentials fingerprinted. */
    public RequestLog requests() {
        return requests;
    }

    public MagentoCounters counters() {
        return counters;
    }

    /** The integrations and their OAuth token rows. */
    public Integrations integrations() {
        return integrations;
    }

    /** The default integration's credentials ({@link #INTEGRATION_CONSUMER_KEY} …), for OAuth 1.0a clients. */
    public IntegrationCredentials defaultIntegrationCredentials() {
        return new IntegrationCredentials(INTEGRATION_CONSUMER_KEY, INTEGRATION_CONSUMER_SECRET, INTEGRATION_TOKEN,
                INTEGRATION_TOKEN_SECRET);
    }

    /**
     * Adds an inactive integration with new consumer credentials (read them from the result). With no
     * {@code resources} it has "All" resource access; otherwise only those ACL resources.
     */
    public Integration createIntegration(String name, String... resources) {
        return integrations.create(name, Arrays.asList(resources), clock.instant());
    }

    /**
     * What an admin's "Activate" (or "Reauthorize") does for an integration with a callback URL: any earlier token
     * of the integration stops working, and {@code oauth_consumer_key}, {@code oauth_consumer_secret},
     * {@code store_base_url} and {@code oauth_verifier} are POSTed (form-encoded) to {@code callbackUri}. The client
     * must then get a request token within the consumer expiration period (300 s of the sandbox clock) and exchange
     * it for the access token.
     *
     * @throws IOException when the callback does not answer (the verifier stays valid, as in Magento)
     * @throws IllegalArgumentException for an unknown integration or a callback that is not an http(s) URL
     */
    public IntegrationActivation activateIntegration(String name, URI callbackUri) throws IOException {
        if (callbackUri == null || !callbackUri.isAbsolute() || callbackUri.getHost() == null
                || !List.of("http", "https").contains(callbackUri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an integration's callback must be an absolute http(s) URL, not "
                    + callbackUri);
        }
        CallbackPost post = integrations.prepareCallback(name, storeBaseUri().toString(), clock.instant());
        int status = consumerCallback.post(callbackUri, post);
        return new IntegrationActivation(name, callbackUri, status);
    }

    /**
     * "Activate" for an integration without a callback URL: a new access token at once (any earlier one stops
     * working) and the integration active.
     */
    public IntegrationCredentials activateIntegration(String name) {
        return integrations.activateWithoutCallback(name);
    }

    /** Registers the RSA public key RSA-* signatures of this integration are checked against. */
    public void setIntegrationPublicKey(String name, PublicKey publicKey) {
        integrations.setPublicKey(name, publicKey);
    }

    /** Nonces the OAuth server currently remembers (used ones, not yet cleaned up). */
    public int rememberedNonces() {
        return nonces.size();
    }

    /** Adds {@code count} deterministic products ({@code SBX-000001} …). */
    public List<Product> seedProducts(int count) {
        return products.seed(count);
    }

    /** Adds {@code count} deterministic customers ({@code customer00001@example.com} …). */
    public List<Customer> seedCustomers(int count) {
        return customers.seed(count);
    }

    /** Adds {@code count} deterministic orders for the customers and products present. */
    public List<Order> seedOrders(int count) {
        return orders.seed(count, customers.all(), products.all());
    }

    public int tokenRequests(UserType type) {
        return counters.tokenRequests(type);
    }

    public int tokensIssued(UserType type) {
        return counters.tokensIssued(type);
    }

    public int apiCalls() {
        return counters.apiCalls();
    }

    /** The raw Authorization header last seen (for assertions; never logged). */
    public Optional<String> lastAuthorizationHeader() {
        return counters.lastAuthorizationHeader();
    }

    /** Failed sign-ins still counting towards the lock of this user ({@code username}, or e-mail for customers). */
    public int failedLogins(UserType type, String username) {
        return throttle.failures(type, username, clock.instant());
    }

    public boolean isLocked(UserType type, String username) {
        return throttle.isLocked(type, username, clock.instant());
    }

    public void resetLockouts() {
        throttle.resetAll();
    }

    /**
     * Invalidates every token issued to an admin (by username) or a customer (by e-mail), as a password change or
     * "log out everywhere" does.
     *
     * @return how many tokens were revoked
     */
    public int revokeTokens(UserType type, String username) {
        return tokens.revoke(type, userId(type, username));
    }

    /** Sets a new admin password and revokes the admin's tokens. */
    public void changeAdminPassword(String username, String newPassword) {
        accounts.setAdminPassword(username, newPassword);
        revokeTokens(UserType.ADMIN, username);
    }

    /** Issues a token without an HTTP round trip (not counted as a token request). */
    public String issueToken(UserType type, String username) {
        return tokens.issue(type, userId(type, username));
    }

    /** Forgets the request log, counters, fault rules and lockouts (data and settings stay). */
    public void resetObservations() {
        requests.clear();
        counters.reset();
        faults.clear();
        throttle.resetAll();
    }

    private long userId(UserType type, String username) {
        if (type == UserType.ADMIN) {
            return accounts.admin(username).map(AdminUser::id).orElseThrow(
                    () -> new IllegalArgumentException("there is no admin user named '" + username + "'"));
        }
        if (type == UserType.CUSTOMER) {
            return customers.findByEmail(username, 1).map(Customer::id).orElseThrow(
                    () -> new IllegalArgumentException("there is no customer with e-mail '" + username + "'"));
        }
        throw new IllegalArgumentException("tokens belong to admins and customers, not to " + type);
    }

    private void seedAccounts() {
        accounts.addAdmin(ADMIN_USERNAME, ADMIN_PASSWORD);
        integrations.addActive(INTEGRATION_NAME, defaultIntegrationCredentials(), List.of(), clock.instant());
        LocalDateTime created = LocalDateTime.of(2023, 11, 2, 9, 30, 0);
        Customer veronica = customers.insert(new Customer(0, CUSTOMER_EMAIL, "Veronica", "Costello", 1, 1, 1,
                "Default Store View", created, created, "1973-12-15", 2,
                "[{\"region\":{\"region_code\":\"MI\",\"region\":\"Michigan\",\"region_id\":33},\"region_id\":33,"
                        + "\"country_id\":\"US\",\"street\":[\"6146 Honey Bluff Parkway\"],"
                        + "\"telephone\":\"(555) 229-3326\",\"postcode\":\"49628-7978\",\"city\":\"Calder\","
                        + "\"firstname\":\"Veronica\",\"lastname\":\"Costello\",\"default_shipping\":true,"
                        + "\"default_billing\":true}]", true));
        accounts.setCustomerPassword(veronica.id(), CUSTOMER_PASSWORD);
    }
}
