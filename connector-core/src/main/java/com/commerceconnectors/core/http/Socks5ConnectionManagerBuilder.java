package com.commerceconnectors.core.http;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;

/**
 * The pool builder for a SOCKS5 agent: every connection is a {@link Socks5Socket} to the agent, and no host name is
 * resolved locally. Why not HttpClient's own {@code SocketConfig.setSocksProxyAddress}: the JDK's SOCKS client takes
 * its credentials from the JVM-wide {@link java.net.Authenticator}, which one connection must not set for all others.
 * HttpClient marks this extension point (the builder's operator factory) as internal, so the SOCKS5 transport tests
 * guard it against HttpClient upgrades.
 */
final class Socks5ConnectionManagerBuilder extends PoolingHttpClientConnectionManagerBuilder {

    private final ProxySettings agent;

    Socks5ConnectionManagerBuilder(ProxySettings agent) {
        if (!agent.isSocks5()) {
            throw new IllegalArgumentException("not a SOCKS5 agent: " + agent);
        }
        this.agent = agent;
        setDnsResolver(RemoteDnsResolver.INSTANCE);
    }

    @Override
    protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver schemePortResolver,
                                                                    DnsResolver dnsResolver, TlsSocketStrategy tls) {
        return new DefaultHttpClientConnectionOperator(proxy -> new Socks5Socket(agent), schemePortResolver,
                RemoteDnsResolver.INSTANCE,
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build());
    }
}
