package com.commerceconnectors.cluster;

import com.commerceconnectors.core.camel.StateWriteRefusedException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The watermarks under one znode each, every write conditional on the znode version this node last claimed or wrote.
 * <p>
 * A poll first {@linkplain #claim claims} its key: if the znode's version is still the one this node left, nothing is
 * written; otherwise the value is written back unchanged, conditionally, which moves the version on. From then on
 * every other node's write is conditional on a version that is gone and is refused: a deposed leader can move the
 * watermark neither back nor forward once the new leader has polled. The value a write carries always comes from the
 * watermark its node read after claiming, and a consumer only moves forward from there, so the stored watermark never
 * goes back.
 */
final class WatermarkFence {

    private static final int CLAIM_ATTEMPTS = 8;

    private final CuratorFramework client;
    private final String root;
    /** The version this node last claimed or wrote, per key. */
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    /** Keys whose write was refused: every write is refused until this node claims the key again (a new poll). */
    private final Set<String> fencedOut = ConcurrentHashMap.newKeySet();

    WatermarkFence(CuratorFramework client, String root) {
        this.client = Objects.requireNonNull(client, "client");
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The stored value, or {@code null} when none was stored. A read changes nothing about what this node holds. */
    String read(String key) {
        try {
            return text(client.getData().forPath(path(key)));
        } catch (KeeperException.NoNodeException e) {
            return null;
        } catch (Exception e) {
            throw ZooKeeperStoreException.of("Reading the watermark '" + key + "'", e);
        }
    }

    /** Makes this node the key's writer (see the class comment); returns the version it holds. */
    int claim(String key) {
        String path = path(key);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            try {
                Stat stat = new Stat();
                byte[] data;
                try {
                    data = client.getData().storingStatIn(stat).forPath(path);
                } catch (KeeperException.NoNodeException e) {
                    client.create().creatingParentsIfNeeded().forPath(path, new byte[0]);
                    fencedOut.remove(key);
                    held.put(key, 0);
                    return 0;
                }
                fencedOut.remove(key);
                Integer mine = held.get(key);
                if (mine != null && mine == stat.getVersion()) {
                    return mine; // nobody wrote since this node did
                }
                int version = client.setData().withVersion(stat.getVersion()).forPath(path, data).getVersion();
                held.put(key, version);
                return version;
            } catch (KeeperException.NodeExistsException | KeeperException.BadVersionException
                     | KeeperException.NoNodeException e) {
                // another node claimed or wrote between the read and the write: read again
            } catch (Exception e) {
                held.remove(key);
                throw ZooKeeperStoreException.of("Claiming the watermark '" + key + "'", e);
            }
        }
        throw new ZooKeeperStoreException("Claiming the watermark '" + key + "' lost " + CLAIM_ATTEMPTS
                + " races with other nodes in a row", null);
    }

    /**
     * Writes {@code value} if the znode is still at the version this node holds (claiming first when it never held
     * it, e.g. a reset when a route starts).
     *
     * @throws StateWriteRefusedException when another node claimed or wrote the key since, and from then on until
     *                                    this node claims it again
     */
    void write(String key, String value) {
        if (fencedOut.contains(key)) {
            throw refused(key, null);
        }
        Integer mine = held.get(key);
        int expected = mine != null ? mine : claim(key);
        try {
            int version = client.setData().withVersion(expected)
                    .forPath(path(key), value.getBytes(StandardCharsets.UTF_8)).getVersion();
            held.put(key, version);
        } catch (KeeperException.BadVersionException | KeeperException.NoNodeException e) {
            held.remove(key);
            fencedOut.add(key);
            throw refused(key, expected);
        } catch (Exception e) {
            // the outcome is unknown (a lost connection): claim again before the next write
            held.remove(key);
            throw ZooKeeperStoreException.of("Writing the watermark '" + key + "'", e);
        }
    }

    /** Forgets what this node holds (it stops): its next write claims first. */
    void releaseAll() {
        held.clear();
        fencedOut.clear();
    }

    private static StateWriteRefusedException refused(String key, Integer expected) {
        return new StateWriteRefusedException(key, "the watermark '" + key + "' was not written: another node has"
                + " claimed or written it since this node did" + (expected == null ? ""
                : " (this node held version " + expected + ")")
                + "; the node that runs the export now goes on from the shared watermark");
    }

    /** The version this node holds for the key, if any; for tests and diagnostics. */
    Integer heldVersion(String key) {
        return held.get(key);
    }

    String path(String key) {
        return ZNodeNames.join(root, ZNodeNames.encode(key));
    }

    private static String text(byte[] data) {
        return data == null ? null : new String(data, StandardCharsets.UTF_8);
    }
}
