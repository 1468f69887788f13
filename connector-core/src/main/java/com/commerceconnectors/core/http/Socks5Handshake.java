package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Secret;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The client side of a SOCKS5 CONNECT (RFC 1928), with username/password authentication (RFC 1929) when the agent has
 * credentials. The target is always sent as a domain name (ATYP 3): the agent resolves it, so a host that only its
 * network knows works, and this machine's DNS learns nothing about it.
 */
final class Socks5Handshake {

    private static final int VERSION = 5;
    private static final int NO_AUTHENTICATION = 0x00;
    private static final int USERNAME_PASSWORD = 0x02;
    private static final int NO_ACCEPTABLE_METHOD = 0xFF;
    private static final int CONNECT = 0x01;
    private static final int ATYP_IPV4 = 0x01;
    private static final int ATYP_DOMAIN = 0x03;
    private static final int ATYP_IPV6 = 0x04;
    private static final int MAX_FIELD = 255;

    private final String agent;
    private final String username;
    private final Secret password;

    /**
     * @param agent    how to name the agent in messages ({@code host:port})
     * @param username the agent user, {@code null} to offer no authentication only
     * @param password the agent password, {@code null} for an empty one
     */
    Socks5Handshake(String agent, String username, Secret password) {
        this.agent = agent;
        this.username = username == null || username.isEmpty() ? null : username;
        this.password = password;
    }

    /** Asks the agent, over a fresh connection to it, to connect to {@code host:port}; returns once it has. */
    void connect(InputStream rawIn, OutputStream out, String host, int port) throws IOException {
        DataInputStream in = new DataInputStream(rawIn);
        negotiateMethod(in, out);
        request(in, out, host, port);
    }

    private void negotiateMethod(DataInputStream in, OutputStream out) throws IOException {
        out.write(username == null ? new byte[] {VERSION, 1, NO_AUTHENTICATION}
                : new byte[] {VERSION, 2, NO_AUTHENTICATION, USERNAME_PASSWORD});
        out.flush();
        int version = read(in);
        int method = read(in);
        if (version != VERSION) {
            throw notSocks5(version);
        }
        if (method == USERNAME_PASSWORD && username != null) {
            authenticate(in, out);
        } else if (method != NO_AUTHENTICATION) {
            // NO_ACCEPTABLE_METHOD, or a method we did not offer
            throw new Socks5Exception("The SOCKS5 agent at " + agent + " accepts none of the authentication methods offered ("
                    + (username == null ? "none; it probably wants a username and password" : "none, username/password") + ")",
                    username == null ? "Set agent.username and agent.password" : "Check the agent's authentication settings",
                    false);
        }
    }

    /** RFC 1929: version 1, then the user and the password, each with a one-byte length. */
    private void authenticate(DataInputStream in, OutputStream out) throws IOException {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        byte[] pass = password == null ? new byte[0] : password.reveal().getBytes(StandardCharsets.UTF_8);
        if (user.length > MAX_FIELD || pass.length > MAX_FIELD) {
            throw new Socks5Exception("agent.username or agent.password is longer than the 255 bytes SOCKS5 allows",
                    "Use shorter agent credentials", false);
        }
        byte[] message = new byte[3 + user.length + pass.length];
        message[0] = 1;
        message[1] = (byte) user.length;
        System.arraycopy(user, 0, message, 2, user.length);
        message[2 + user.length] = (byte) pass.length;
        System.arraycopy(pass, 0, message, 3 + user.length, pass.length);
        out.write(message);
        out.flush();
        read(in); // the sub-negotiation version: agents answer 1 or, some of them, 5
        int status = read(in);
        if (status != 0) {
            throw new Socks5Exception("The SOCKS5 agent at " + agent + " refused agent.username and agent.password",
                    "Check agent.username and agent.password", false);
        }
    }

    private void request(DataInputStream in, OutputStream out, String host, int port) throws IOException {
        byte[] name = host.getBytes(StandardCharsets.US_ASCII);
        if (name.length > MAX_FIELD) {
            throw new Socks5Exception("The host name " + host.substring(0, 40) + "… is too long for SOCKS5",
                    "Use a host name of at most 255 characters in baseUri", false);
        }
        byte[] message = new byte[7 + name.length];
        message[0] = VERSION;
        message[1] = CONNECT;
        message[2] = 0;
        message[3] = ATYP_DOMAIN;
        message[4] = (byte) name.length;
        System.arraycopy(name, 0, message, 5, name.length);
        message[5 + name.length] = (byte) (port >> 8);
        message[6 + name.length] = (byte) port;
        out.write(message);
        out.flush();
        int version = read(in);
        int reply = read(in);
        if (version != VERSION) {
            throw notSocks5(version);
        }
        if (reply != 0) {
            throw refused(reply, host + ":" + port);
        }
        read(in); // reserved
        skipBoundAddress(in);
    }

    /** The address the agent connected from: of no use to us, but it must be read off the stream. */
    private void skipBoundAddress(DataInputStream in) throws IOException {
        int type = read(in);
        int length = switch (type) {
            case ATYP_IPV4 -> 4;
            case ATYP_IPV6 -> 16;
            case ATYP_DOMAIN -> read(in);
            default -> throw new Socks5Exception("The SOCKS5 agent at " + agent + " answered with an unknown address type "
                    + type, "Check that agent.proxyUri points at a SOCKS5 service", false);
        };
        in.readFully(new byte[length + 2]);
    }

    private Socks5Exception refused(int reply, String target) {
        String why = switch (reply) {
            case 1 -> "a general failure";
            case 2 -> "its rules do not allow it";
            case 3 -> "the network is unreachable from the agent";
            case 4 -> "the host is unreachable from the agent (or its name does not resolve there)";
            case 5 -> "the connection was refused";
            case 6 -> "the connection timed out";
            case 7 -> "it does not support CONNECT";
            case 8 -> "it does not support host names";
            default -> "reply code " + reply;
        };
        boolean transientFailure = reply == 1 || reply == 3 || reply == 4 || reply == 6;
        String advice = switch (reply) {
            case 2 -> "Allow " + target + " in the agent's rules";
            case 7, 8 -> "Use an agent that supports SOCKS5 CONNECT with host names";
            default -> "Check the host and port in baseUri, and that the agent's network reaches them";
        };
        return new Socks5Exception("The SOCKS5 agent at " + agent + " could not connect to " + target + ": " + why,
                advice, transientFailure);
    }

    private Socks5Exception notSocks5(int version) {
        return new Socks5Exception("The agent at " + agent + " does not speak SOCKS5 (it answered with version " + version + ")",
                "Check that agent.proxyUri points at the agent's SOCKS5 port, or use http:// for an HTTP proxy", false);
    }

    private int read(DataInputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new Socks5Exception("The agent at " + agent + " closed the connection during the SOCKS5 handshake",
                    "Check that agent.proxyUri points at the agent's SOCKS5 port", true);
        }
        return b;
    }
}
