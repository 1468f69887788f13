package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.SafeUri;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The on-premise agent's tunnel entry every request goes through: an HTTP(S) proxy, or a SOCKS5 proxy that resolves
 * the platform's host name on its side (the name is sent to it unresolved, so hosts known only to the agent's network
 * work).
 *
 * @param scheme   {@code http} or {@code https} (how this client talks to an HTTP proxy), or {@code socks5}
 * @param host     the proxy host
 * @param port     the proxy port
 * @param username the proxy user (HTTP Basic, or SOCKS5 username/password of RFC 1929), {@code null} for none
 * @param password the proxy password, {@code null} for none
 */
public record ProxySettings(String scheme, String host, int port, String username, Secret password) {

    public ProxySettings {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    public static final String SOCKS5 = "socks5";

    /** Whether this is a SOCKS5 agent rather than an HTTP(S) proxy. */
    public boolean isSocks5() {
        return scheme.equals(SOCKS5);
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    /**
     * The proxy of an on-premise agent.
     *
     * @throws ApiException (CONFIGURATION) for a scheme other than {@code http}, {@code https} and {@code socks5}, or a
     *                      URI without a host
     */
    public static ProxySettings fromAgent(Agent agent) {
        URI uri = agent.proxyUri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals(SOCKS5)) {
            throw ApiException.configuration("agent.proxyUri " + SafeUri.of(uri) + " has an unsupported scheme",
                    "Use an http://, https:// or socks5:// proxyUri");
        }
        if (uri.getHost() == null) {
            throw ApiException.configuration("agent.proxyUri " + SafeUri.of(uri) + " has no host",
                    "Write it as " + scheme + "://host:port");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : switch (scheme) {
            case "https" -> 443;
            case SOCKS5 -> 1080;
            default -> 80;
        };
        return new ProxySettings(scheme, uri.getHost(), port, agent.username(), agent.password());
    }

    @Override
    public String toString() {
        return "ProxySettings[" + scheme + "://" + host + ":" + port + (hasCredentials() ? ", user=" + username
                + ", password=" + Secret.MASK : "") + "]";
    }
}
