package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.SafeUri;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP(S) proxy every request goes through: the on-premise agent's tunnel entry.
 *
 * @param scheme   {@code http} or {@code https} (how this client talks to the proxy)
 * @param host     the proxy host
 * @param port     the proxy port
 * @param username the proxy user for Basic authentication, {@code null} for none
 * @param password the proxy password, {@code null} for none
 */
public record ProxySettings(String scheme, String host, int port, String username, Secret password) {

    public ProxySettings {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    /**
     * The proxy of an on-premise agent.
     *
     * @throws ApiException (CONFIGURATION) for a {@code socks5://} agent, which is not supported yet, or a URI
     *                      without a host
     */
    public static ProxySettings fromAgent(Agent agent) {
        URI uri = agent.proxyUri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("socks")) {
            throw ApiException.configuration(
                    "agent.proxyUri " + SafeUri.of(uri) + " is a SOCKS5 agent, and SOCKS5 agents are not supported yet",
                    "Use the agent's HTTP proxy entry (an http:// or https:// proxyUri) instead");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.configuration("agent.proxyUri " + SafeUri.of(uri) + " has an unsupported scheme",
                    "Use an http:// or https:// proxyUri");
        }
        if (uri.getHost() == null) {
            throw ApiException.configuration("agent.proxyUri " + SafeUri.of(uri) + " has no host",
                    "Write it as http://host:port");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new ProxySettings(scheme, uri.getHost(), port, agent.username(), agent.password());
    }

    @Override
    public String toString() {
        return "ProxySettings[" + scheme + "://" + host + ":" + port + (hasCredentials() ? ", user=" + username
                + ", password=" + Secret.MASK : "") + "]";
    }
}
