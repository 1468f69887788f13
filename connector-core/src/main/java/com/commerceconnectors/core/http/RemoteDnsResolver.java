package com.commerceconnectors.core.http;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves nothing: every host comes back as an unresolved address, for the SOCKS5 agent to resolve on its side.
 * Resolving here would fail for hosts only the agent's network knows, and would leak their names to local DNS.
 */
final class RemoteDnsResolver implements DnsResolver {

    static final RemoteDnsResolver INSTANCE = new RemoteDnsResolver();

    private RemoteDnsResolver() {
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) {
        return List.of(InetSocketAddress.createUnresolved(host, port));
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        throw new UnknownHostException(host + " is resolved by the SOCKS5 agent, not here");
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
