package com.commerceconnectors.sandbox;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.commerceconnectors.sandbox.server.SandboxServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * An embedded emulator of the commerce platforms' APIs on 127.0.0.1, for tests and the demo. One HTTP server, one
 * emulator per platform under its own path; closing it stops everything at once.
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().clock(clock).start()) {
 *     sandbox.magento().seedProducts(1_000);
 *     URI rest = sandbox.magentoRestUri();          // http://127.0.0.1:PORT/rest
 *     ...
 * }
 * }</pre>
 *
 * <h2>Controls</h2>
 * <ul>
 *   <li>{@link Builder#port(int)}: 0 (default) picks a free port.</li>
 *   <li>{@link Builder#clock(Clock)}: the time every emulator uses (token expiry, lockouts, {@code updated_at} of
 *       writes); pass a {@link ManualClock} to move time without sleeping.</li>
 *   <li>{@link Builder#threads(int)}: worker threads (default 128; enough for 64 concurrent clients plus delayed
 *       responses).</li>
 *   <li>{@link #magento()}: the Magento 2 emulator and its controls (see {@link MagentoSandbox}).</li>
 *   <li>{@link #oro()}: the Oro emulator under {@code /oro} and its controls (see {@link OroSandbox}).</li>
 *   <li>{@link #commerceLayer()}: the Commerce Layer emulator under {@code /commercelayer} (auth server and core
 *       API) and its controls (see {@link CommerceLayerSandbox}).</li>
 *   <li>{@link #readyJson()}: base URIs and public test credentials, as {@code SandboxMain} prints them.</li>
 * </ul>
 */
public final class Sandbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxServer server;
    private final Clock clock;
    private final MagentoSandbox magento;
    private final OroSandbox oro;
    private final CommerceLayerSandbox commerceLayer;

    private Sandbox(SandboxServer server, Clock clock, MagentoSandbox magento, OroSandbox oro,
                    CommerceLayerSandbox commerceLayer) {
        this.server = server;
        this.clock = clock;
        this.magento = magento;
        this.oro = oro;
        this.commerceLayer = commerceLayer;
    }

    /** A sandbox on a free port with the system clock. */
    public static Sandbox start() throws IOException {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI baseUri() {
        return server.baseUri();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:PORT/rest}: a Magento connection's {@code baseUri}. */
    public URI magentoRestUri() {
        return magento.restUri();
    }

    public MagentoSandbox magento() {
        return magento;
    }

    /** {@code http://127.0.0.1:PORT/oro}: an Oro connection's {@code baseUri} (the application root). */
    public URI oroUri() {
        return oro.baseUri();
    }

    public OroSandbox oro() {
        return oro;
    }

    /** {@code http://127.0.0.1:PORT/commercelayer}: a Commerce Layer connection's {@code baseUri}. */
    public URI commerceLayerBaseUri() {
        return commerceLayer.baseUri();
    }

    /** {@code http://127.0.0.1:PORT/commercelayer/auth}: tokens at {@code /oauth/token}, revoke at {@code /oauth/revoke}. */
    public URI commerceLayerAuthUri() {
        return commerceLayer.authUri();
    }

    public CommerceLayerSandbox commerceLayer() {
        return commerceLayer;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * One line of JSON with the base URIs and the public test credentials:
     * {@code {"baseUri", "magento": {"restUri", "admin": {"username", "password"}, "customer": {"email",
     * "password"}, "bearerToken", "integration": {"name", "consumerKey", "consumerSecret", "accessToken",
     * "accessTokenSecret", "signatureMethod"}}}} — the integration signs OAuth 1.0a requests with HMAC-SHA256; its
     * access token is also the {@code bearerToken}. Then {@code "oro": {"baseUri", "wsse": {"username", "apiKey"},
     * "backOffice": {"clientId", "clientSecret"}, "storefront": {"clientId", "clientSecret", "username",
     * "password"}}}. Then {@code "commerceLayer": {"baseUri", "authUri", "organization", "integration":
     * {"clientId", "clientSecret"}, "salesChannel": {"clientId", "scope", "customer": {"email", "password"}}}}.
     */
    public String readyJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("baseUri", baseUri().toString());
        ObjectNode mage = root.putObject("magento");
        mage.put("restUri", magentoRestUri().toString());
        ObjectNode admin = mage.putObject("admin");
        admin.put("username", MagentoSandbox.ADMIN_USERNAME);
        admin.put("password", MagentoSandbox.ADMIN_PASSWORD);
        ObjectNode customer = mage.putObject("customer");
        customer.put("email", MagentoSandbox.CUSTOMER_EMAIL);
        customer.put("password", MagentoSandbox.CUSTOMER_PASSWORD);
        mage.put("bearerToken", MagentoSandbox.INTEGRATION_TOKEN);
        ObjectNode integration = mage.putObject("integration");
        integration.put("name", MagentoSandbox.INTEGRATION_NAME);
        integration.put("consumerKey", MagentoSandbox.INTEGRATION_CONSUMER_KEY);
        integration.put("consumerSecret", MagentoSandbox.INTEGRATION_CONSUMER_SECRET);
        integration.put("accessToken", MagentoSandbox.INTEGRATION_TOKEN);
        integration.put("accessTokenSecret", MagentoSandbox.INTEGRATION_TOKEN_SECRET);
        integration.put("signatureMethod", "HMAC-SHA256");
        ObjectNode oroNode = root.putObject("oro");
        oroNode.put("baseUri", oroUri().toString());
        ObjectNode wsse = oroNode.putObject("wsse");
        wsse.put("username", OroSandbox.ADMIN_USERNAME);
        wsse.put("apiKey", OroSandbox.ADMIN_API_KEY);
        ObjectNode backOffice = oroNode.putObject("backOffice");
        backOffice.put("clientId", OroSandbox.BACKOFFICE_CLIENT_ID);
        backOffice.put("clientSecret", OroSandbox.BACKOFFICE_CLIENT_SECRET);
        ObjectNode storefront = oroNode.putObject("storefront");
        storefront.put("clientId", OroSandbox.STOREFRONT_CLIENT_ID);
        storefront.put("clientSecret", OroSandbox.STOREFRONT_CLIENT_SECRET);
        storefront.put("username", OroSandbox.CUSTOMER_EMAIL);
        storefront.put("password", OroSandbox.CUSTOMER_PASSWORD);
        ObjectNode cl = root.putObject("commerceLayer");
        cl.put("baseUri", commerceLayerBaseUri().toString());
        cl.put("authUri", commerceLayerAuthUri().toString());
        cl.put("organization", CommerceLayerSandbox.ORGANIZATION_SLUG);
        ObjectNode clIntegration = cl.putObject("integration");
        clIntegration.put("clientId", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        clIntegration.put("clientSecret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        ObjectNode salesChannel = cl.putObject("salesChannel");
        salesChannel.put("clientId", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID);
        salesChannel.put("scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE);
        ObjectNode clCustomer = salesChannel.putObject("customer");
        clCustomer.put("email", CommerceLayerSandbox.CUSTOMER_EMAIL);
        clCustomer.put("password", CommerceLayerSandbox.CUSTOMER_PASSWORD);
        return root.toString();
    }

    /** Stops the server at once (delayed responses are released, connections closed). */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUri() + "]";
    }

    /** Options of a sandbox. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private int threads = 128;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a TCP port is between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("the sandbox needs at least one worker thread");
            }
            this.threads = threads;
            return this;
        }

        /** @throws IOException when 127.0.0.1:port cannot be bound (the message says so) */
        public Sandbox start() throws IOException {
            MagentoSandbox magento = new MagentoSandbox(clock);
            OroSandbox oro = new OroSandbox(clock);
            CommerceLayerSandbox commerceLayer = new CommerceLayerSandbox(clock);
            SandboxServer server = SandboxServer.start(port, threads);
            magento.mountOn(server);
            oro.mountOn(server);
            commerceLayer.mountOn(server);
            return new Sandbox(server, clock, magento, oro, commerceLayer);
        }
    }
}
