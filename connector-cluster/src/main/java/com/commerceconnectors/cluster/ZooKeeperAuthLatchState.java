package com.commerceconnectors.cluster;

import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.auth.AuthLatchState;
import com.commerceconnectors.core.auth.InMemoryAuthLatchState;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.api.CuratorWatcher;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One connection's sign-in latch kept in a znode every node reads, so that the nodes together make one sign-in at a
 * time and, after a refusal, one trial per back-off.
 * <ul>
 *   <li>A sign-in takes the connection's turn first: a conditional write of {@code signingIn} with a lease. A node that
 *       finds another node's turn waits (watching the znode, up to the turn timeout) for its outcome; a turn whose
 *       lease ran out (its node died) is taken over.</li>
 *   <li>The outcome is written conditionally on the turn: {@code open} after a success, {@code latched} with the
 *       refusal and its back-off after a refusal. Every node that then wants to sign in finds the latch and fails fast
 *       with the refusal, without a sign-in; after the back-off exactly one node takes the trial turn.</li>
 *   <li>When ZooKeeper cannot be reached the latch falls back to this node's own, in memory (one WARN line): sign-ins
 *       go on, and a refusal still stops this node; the nodes are then no longer counted together.</li>
 * </ul>
 * Back-offs and leases are measured on the store's clock, since nodes compare the same stored instants.
 */
final class ZooKeeperAuthLatchState implements AuthLatchState {

    private static final Logger LOG = LoggerFactory.getLogger(AuthLatch.class);
    private static final int NEW = -1;
    private static final int WRITE_ATTEMPTS = 8;

    private final Supplier<CuratorFramework> client;
    private final String path;
    private final String connectionName;
    private final String node;
    private final Clock clock;
    private final Duration lease;
    private final Duration turnTimeout;
    private final InMemoryAuthLatchState local;
    /** One sign-in of this connection at a time in this JVM: the shared turn is this node's, not a thread's. */
    private final Semaphore turn = new Semaphore(1);
    private final AtomicBoolean turnHeld = new AtomicBoolean();
    private final AtomicBoolean unreachableLogged = new AtomicBoolean();

    // the turn this node holds; written by the thread that holds turnHeld
    private volatile boolean sharedTurn;
    private volatile boolean admittedLocally;
    private volatile int claimedVersion = NEW;
    private volatile LatchRecord.Stored trialOf;
    /** The stored latch last seen, so that one stored latch is one {@link AuthLatch.Latched} object here. */
    private volatile Seen seen;

    private record Seen(long mzxid, AuthLatch.Latched latched) {
    }

    ZooKeeperAuthLatchState(Supplier<CuratorFramework> client, String path, String connectionName, String node,
                            Clock clock, Duration lease, Duration turnTimeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.path = Objects.requireNonNull(path, "path");
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
        this.node = Objects.requireNonNull(node, "node");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.turnTimeout = Objects.requireNonNull(turnTimeout, "turnTimeout");
        this.local = new InMemoryAuthLatchState(connectionName);
    }

    @Override
    public AuthLatch.Admission admit() {
        try {
            if (!turn.tryAcquire(turnTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("another sign-in of this node");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        turnHeld.set(true);
        boolean admitted = false;
        try {
            AuthLatch.Admission admission = takeTurn();
            admitted = true;
            return admission;
        } finally {
            if (!admitted) {
                releaseTurn();
            }
        }
    }

    private AuthLatch.Admission takeTurn() {
        long deadline = System.nanoTime() + turnTimeout.toNanos();
        CuratorFramework zk;
        try {
            zk = client.get();
        } catch (RuntimeException e) {
            return admitLocally(e);
        }
        while (true) {
            Stat stat = new Stat();
            CountDownLatch changed = new CountDownLatch(1);
            LatchRecord r;
            try {
                r = LatchRecord.parse(zk.getData().storingStatIn(stat)
                        .usingWatcher((CuratorWatcher) event -> changed.countDown()).forPath(path));
            } catch (KeeperException.NoNodeException e) {
                r = null;
            } catch (Exception e) {
                return admitLocally(e);
            }
            unreachableLogged.set(false); // a later outage is logged again
            Instant now = clock.instant();
            int version = r == null ? NEW : stat.getVersion();
            try {
                if (r == null || r.state() == LatchRecord.State.OPEN) {
                    if (write(zk, LatchRecord.signingIn(node, now, now.plus(lease), null), version)) {
                        return holdShared(AuthLatch.Admission.OPEN, null);
                    }
                    continue;
                }
                if (r.state() == LatchRecord.State.LATCHED) {
                    if (now.isBefore(r.latched().until())) {
                        throw seen(stat.getMzxid(), r).failure();
                    }
                    if (write(zk, LatchRecord.signingIn(node, now, now.plus(lease), r.latched()), version)) {
                        LOG.info("The sign-in back-off of connection '{}' has passed; this node ({}) tries the one"
                                + " sign-in of every node", connectionName, node);
                        return holdShared(AuthLatch.Admission.TRIAL, r.latched());
                    }
                    continue;
                }
                // another node's turn, or a turn left by an earlier run of this node
                boolean expired = r.node().equals(node) || r.leaseUntil() == null || !now.isBefore(r.leaseUntil());
                if (expired) {
                    LatchRecord.Stored latch = r.trial() ? r.latched() : null;
                    if (write(zk, LatchRecord.signingIn(node, now, now.plus(lease), latch), version)) {
                        LOG.info("Node '{}' did not finish its sign-in of connection '{}' in time; this node ({})"
                                + " takes its turn over", r.node(), connectionName, node);
                        return holdShared(latch != null ? AuthLatch.Admission.TRIAL : AuthLatch.Admission.OPEN, latch);
                    }
                    continue;
                }
                if (r.trial()) {
                    // the latch holds while its one trial runs
                    throw seen(stat.getMzxid(), r).failure();
                }
            } catch (ZooKeeperStoreException e) {
                return admitLocally(e);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw busy("node '" + r.node() + "'");
            }
            long leaseLeft = Math.max(Duration.between(now, r.leaseUntil()).toNanos(), TimeUnit.MILLISECONDS.toNanos(10));
            try {
                changed.await(Math.min(left, leaseLeft), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted();
            }
        }
    }

    @Override
    public void signedIn() {
        try {
            if (admittedLocally) {
                local.signedIn();
                return;
            }
            if (!sharedTurn) {
                return;
            }
            boolean wasTrial = trialOf != null;
            try {
                if (write(client.get(), LatchRecord.open(node, clock.instant()), claimedVersion) && wasTrial) {
                    LOG.info("Connection '{}' signed in again; its sign-in latch is released for every node",
                            connectionName);
                }
            } catch (RuntimeException e) {
                unreachable(e); // the turn's lease runs out; another node then takes it over
            }
        } finally {
            releaseTurn();
        }
    }

    @Override
    public AuthLatch.Latched refused(ApiException refusal, Clock refusalClock, Duration backoff) {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(refusalClock, "refusalClock");
        Objects.requireNonNull(backoff, "backoff");
        try {
            if (admittedLocally) {
                return local.refused(refusal, refusalClock, backoff);
            }
            Instant now = clock.instant();
            AuthLatch.Latched mine = new AuthLatch.Latched(connectionName, refusal, now, now.plus(backoff));
            LatchRecord latched = LatchRecord.latched(node, now, LatchRecord.Stored.of(mine));
            CuratorFramework zk = client.get();
            if (sharedTurn && write(zk, latched, claimedVersion)) {
                return closed(mine);
            }
            // no turn (a readiness check saw the refusal), or it was taken over: latch unless another node did
            for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
                Stat stat = new Stat();
                LatchRecord r;
                try {
                    r = LatchRecord.parse(zk.getData().storingStatIn(stat).forPath(path));
                } catch (KeeperException.NoNodeException e) {
                    r = null;
                }
                if (r != null && r.state() == LatchRecord.State.LATCHED && now.isBefore(r.latched().until())) {
                    return seen(stat.getMzxid(), r);
                }
                if (write(zk, latched, r == null ? NEW : stat.getVersion())) {
                    return closed(mine);
                }
            }
            throw new ZooKeeperStoreException("Latching connection '" + connectionName + "' lost " + WRITE_ATTEMPTS
                    + " races with other nodes in a row", null);
        } catch (Exception e) {
            unreachable(e);
            return local.refused(refusal, refusalClock, backoff);
        } finally {
            releaseTurn();
        }
    }

    @Override
    public void failedOtherwise(AuthLatch.Admission admission) {
        try {
            if (admittedLocally) {
                local.failedOtherwise(admission);
                return;
            }
            if (!sharedTurn) {
                return;
            }
            LatchRecord.Stored latch = trialOf;
            Instant now = clock.instant();
            try {
                // nothing learned about the credentials: the latch stays as it was, and its trial may be made again
                write(client.get(), latch != null ? LatchRecord.latched(node, now, latch) : LatchRecord.open(node, now),
                        claimedVersion);
            } catch (RuntimeException e) {
                unreachable(e);
            }
        } finally {
            releaseTurn();
        }
    }

    @Override
    public Optional<AuthLatch.Latched> latched() {
        try {
            Stat stat = new Stat();
            LatchRecord r;
            try {
                r = LatchRecord.parse(client.get().getData().storingStatIn(stat).forPath(path));
            } catch (KeeperException.NoNodeException e) {
                return local.latched();
            }
            boolean latched = r.state() == LatchRecord.State.LATCHED && clock.instant().isBefore(r.latched().until());
            boolean trialRunning = r.state() == LatchRecord.State.SIGNING_IN && r.trial();
            return latched || trialRunning ? Optional.of(seen(stat.getMzxid(), r)) : local.latched();
        } catch (Exception e) {
            unreachable(e);
            return local.latched();
        }
    }

    @Override
    public boolean reset() {
        boolean was = false;
        try {
            CuratorFramework zk = client.get();
            LatchRecord r = LatchRecord.parse(zk.getData().forPath(path));
            if (r.state() == LatchRecord.State.LATCHED || r.trial()) {
                zk.setData().forPath(path, LatchRecord.open(node, clock.instant()).toBytes());
                LOG.info("The sign-in latch of connection '{}' was reset for every node; the next call signs in",
                        connectionName);
                was = true;
            }
        } catch (KeeperException.NoNodeException e) {
            // never latched anywhere
        } catch (Exception e) {
            unreachable(e);
        }
        return local.reset() | was;
    }

    /** Writes {@code record} if the znode is at {@code version} ({@link #NEW}: absent); false when another node won. */
    private boolean write(CuratorFramework zk, LatchRecord record, int version) {
        try {
            if (version == NEW) {
                zk.create().creatingParentsIfNeeded().forPath(path, record.toBytes());
                claimedVersion = 0;
            } else {
                claimedVersion = zk.setData().withVersion(version).forPath(path, record.toBytes()).getVersion();
            }
            return true;
        } catch (KeeperException.NodeExistsException | KeeperException.BadVersionException
                 | KeeperException.NoNodeException e) {
            return false;
        } catch (Exception e) {
            throw ZooKeeperStoreException.of("Writing the sign-in latch of connection '" + connectionName + "'", e);
        }
    }

    private AuthLatch.Admission holdShared(AuthLatch.Admission admission, LatchRecord.Stored trial) {
        sharedTurn = true;
        admittedLocally = false;
        trialOf = trial;
        return admission;
    }

    private AuthLatch.Admission admitLocally(Exception cause) {
        unreachable(cause);
        AuthLatch.Admission admission = local.admit(); // throws while this node's own latch is closed
        admittedLocally = true;
        sharedTurn = false;
        return admission;
    }

    private void releaseTurn() {
        if (turnHeld.compareAndSet(true, false)) {
            sharedTurn = false;
            admittedLocally = false;
            trialOf = null;
            claimedVersion = NEW;
            turn.release();
        }
    }

    /** The latch of a stored record (latched, or a trial's), one object per stored version; logs a new one once. */
    private AuthLatch.Latched seen(long mzxid, LatchRecord r) {
        Seen last = seen;
        if (last != null && last.mzxid() == mzxid) {
            return last.latched();
        }
        AuthLatch.Latched latched = r.latched().toLatched(connectionName);
        boolean news = last == null || !last.latched().since().equals(latched.since());
        if (news && !r.node().equals(node)) {
            LOG.info("Connection '{}' is latched for every node since {} (a refused sign-in by node '{}'); no sign-in"
                    + " here until {} unless the connection changes or an operator resets the latch", connectionName,
                    latched.since().truncatedTo(ChronoUnit.SECONDS), r.node(),
                    latched.until().truncatedTo(ChronoUnit.SECONDS));
        }
        seen = new Seen(mzxid, latched);
        return latched;
    }

    private AuthLatch.Latched closed(AuthLatch.Latched latched) {
        seen = null;
        LOG.warn("The credentials of connection '{}' were refused; no node signs in again until {} unless the"
                + " connection changes or an operator resets the latch: {}", connectionName,
                latched.until().truncatedTo(ChronoUnit.SECONDS), latched.refusal().getMessage());
        return latched;
    }

    private void unreachable(Exception cause) {
        if (unreachableLogged.compareAndSet(false, true)) {
            LOG.warn("The shared sign-in latch of connection '{}' cannot be used ({}); until it can, this node's own"
                    + " latch decides", connectionName, cause.getMessage());
        }
    }

    private ApiException busy(String who) {
        return ApiException.builder(ErrorCategory.RATE_LIMITED, FailureReason.OTHER)
                .summary("No sign-in of connection '" + connectionName + "' was made: " + who + " is signing in and"
                        + " did not finish within " + turnTimeout.toSeconds() + " s")
                .advice("Try again; nodes sign in one at a time so that refused credentials are refused once")
                .retryable(true)
                .build();
    }

    private static ApiException interrupted() {
        return ApiException.builder(ErrorCategory.NETWORK, FailureReason.INTERRUPTED)
                .summary("Interrupted while waiting for the sign-in turn")
                .advice("The route or application is stopping").build();
    }

    @Override
    public String toString() {
        return "ZooKeeperAuthLatchState[" + connectionName + "]";
    }
}
