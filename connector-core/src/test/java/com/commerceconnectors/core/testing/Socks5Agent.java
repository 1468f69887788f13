package com.commerceconnectors.core.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small SOCKS5 server (RFC 1928, CONNECT only, with RFC 1929 username/password) on loopback, standing in for the
 * on-premise agent. It records what each client asked for — the address type and the host name exactly as received —
 * and relays every accepted tunnel to one loopback port, whatever host was named: the named hosts need not exist.
 */
public final class Socks5Agent implements AutoCloseable {

    /** One CONNECT as the agent received it. */
    public record Connect(List<Integer> offeredMethods, String username, String password, int addressType, String host,
                          int port) {
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "socks5-agent");
        t.setDaemon(true);
        return t;
    });
    private final List<Connect> connects = new CopyOnWriteArrayList<>();
    private final int relayPort;
    private final String username;
    private final String password;
    private volatile int reply;

    private Socks5Agent(int relayPort, String username, String password) throws IOException {
        this.relayPort = relayPort;
        this.username = username;
        this.password = password;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** An agent that asks for no authentication and relays every tunnel to {@code 127.0.0.1:relayPort}. */
    public static Socks5Agent open(int relayPort) throws IOException {
        return new Socks5Agent(relayPort, null, null);
    }

    /** An agent that insists on these credentials. */
    public static Socks5Agent withCredentials(int relayPort, String username, String password) throws IOException {
        return new Socks5Agent(relayPort, username, password);
    }

    /** From now on, answer every CONNECT with this SOCKS5 reply code (0 = succeeded). */
    public Socks5Agent replyWith(int code) {
        this.reply = code;
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Connect> connects() {
        return List.copyOf(connects);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            if (in.readUnsignedByte() != 5) {
                return;
            }
            int n = in.readUnsignedByte();
            List<Integer> methods = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                methods.add(in.readUnsignedByte());
            }
            String user = null;
            String pass = null;
            if (username == null) {
                out.write(new byte[] {5, (byte) (methods.contains(0) ? 0 : 0xFF)});
                if (!methods.contains(0)) {
                    return;
                }
            } else {
                out.write(new byte[] {5, (byte) (methods.contains(2) ? 2 : 0xFF)});
                if (!methods.contains(2)) {
                    return;
                }
                in.readUnsignedByte(); // sub-negotiation version 1
                user = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
                pass = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
                boolean ok = username.equals(user) && password.equals(pass);
                out.write(new byte[] {1, (byte) (ok ? 0 : 1)});
                if (!ok) {
                    connects.add(new Connect(methods, user, pass, -1, null, -1));
                    return;
                }
            }
            in.readUnsignedByte(); // version
            in.readUnsignedByte(); // command: CONNECT
            in.readUnsignedByte(); // reserved
            int type = in.readUnsignedByte();
            String host = switch (type) {
                case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
                case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
                case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
                default -> throw new IOException("address type " + type);
            };
            int port = in.readUnsignedShort();
            connects.add(new Connect(methods, user, pass, type, host, port));
            int code = reply;
            // the reply's bound address: an IPv4 address of zeros
            out.write(new byte[] {5, (byte) code, 0, 1, 0, 0, 0, 0, 0, 0});
            out.flush();
            if (code != 0) {
                return;
            }
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(), relayPort)) {
                threads.execute(() -> copy(in, target));
                copy(target.getInputStream(), client);
            }
        } catch (IOException e) {
            // a client that went away mid-handshake: nothing to record
        }
    }

    private static void copy(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ignored) {
            // the other side closed: the tunnel is over
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
