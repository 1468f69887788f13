package com.commerceconnectors.core.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;

/**
 * A plain socket whose {@code connect} goes to the SOCKS5 agent and has it open the tunnel to the real target, which
 * arrives here unresolved (see {@link RemoteDnsResolver}). Once connected, the streams are the tunnel, so HttpClient
 * layers TLS over it as over any socket — with the platform's host name for SNI and certificate checks.
 */
final class Socks5Socket extends Socket {

    private final ProxySettings agent;

    Socks5Socket(ProxySettings agent) {
        this.agent = agent;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress target)) {
            throw new IllegalArgumentException("unsupported address type " + endpoint);
        }
        super.connect(new InetSocketAddress(agent.host(), agent.port()), timeout);
        int soTimeout = getSoTimeout();
        // the handshake is part of connecting: it gets the connect timeout, not the (longer) read timeout
        if (timeout > 0) {
            setSoTimeout(timeout);
        }
        String where = agent.host() + ":" + agent.port();
        try {
            new Socks5Handshake(where, agent.username(), agent.password())
                    .connect(getInputStream(), getOutputStream(), target.getHostString(), target.getPort());
        } catch (SocketTimeoutException e) {
            throw new Socks5Exception("The agent at " + where + " did not complete the SOCKS5 handshake within the connect "
                    + "timeout", "Check that agent.proxyUri points at the agent's SOCKS5 port", true);
        }
        setSoTimeout(soTimeout);
    }
}
