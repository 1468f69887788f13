package com.commerceconnectors.cluster;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatchState;
import com.commerceconnectors.core.auth.AuthLatchStore;
import com.commerceconnectors.core.auth.SignInId;
import com.commerceconnectors.core.camel.ExportGuard;
import com.commerceconnectors.core.camel.StateWriteRefusedException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The watermarks of exports that several nodes run, kept in ZooKeeper and fenced, plus the nodes' shared sign-in
 * latches. Use it as the consumers' {@code stateRepository} (and, being the registry's one {@link AuthLatchStore},
 * it also holds every connection's sign-in latch):
 * <pre>{@code
 * camel.beans.watermarks = #class:com.commerceconnectors.cluster.ZooKeeperStateRepository
 * camel.beans.watermarks.nodes = zk1:2181,zk2:2181,zk3:2181
 * camel.beans.watermarks.namespace = oro-export
 * from("master:oro-export:oro:products?stateRepository=#watermarks&...")
 * }</pre>
 * <b>Fencing.</b> Each poll first claims its watermark's znode: when another node wrote since this node did, the value
 * is written back conditionally, which moves the znode's version on. Every write is conditional on the version this
 * node last claimed or wrote, so once a new leader has polled, a deposed leader's write is refused
 * ({@link StateWriteRefusedException}: its poll ends with one log line) and can move the watermark neither back nor
 * forward. The value a node writes always lies ahead of what it read after claiming, so the watermark never goes back.
 * <p>
 * <b>Leadership.</b> With a {@link #setNamespace namespace}, the repository also guards the export (see
 * {@link ExportGuard}): it asks the namespace's cluster view — of the {@link #setClusterService cluster service}
 * given, or the context's one — before each poll and each exchange, and refuses writes while this node does not lead.
 * Any {@link CamelClusterService} will do (ZooKeeper, Kubernetes leases, a file lock); the route's own leader election
 * ({@code master:}, {@code ClusteredRoutePolicy}) must use the same namespace.
 * <p>
 * <b>Sign-in latches.</b> See {@link ZooKeeperAuthLatchState}: the nodes sign in one at a time per connection, and
 * a refused sign-in latches every node until its back-off passes, when exactly one node tries again.
 * <p>
 * Znodes: {@code <basePath>/watermarks/<state key>} (the watermark's text) and
 * {@code <basePath>/sign-in-latches/<SignInId>} (JSON). The repository starts with the first consumer that uses it
 * (or the first sign-in) and stops with the CamelContext.
 */
@ManagedResource(description = "Fenced watermarks and shared sign-in latches in ZooKeeper")
public class ZooKeeperStateRepository extends ServiceSupport
        implements StateRepository<String, String>, ExportGuard, AuthLatchStore, CamelContextAware {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperStateRepository.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private CamelContext camelContext;
    private String nodes;
    private String basePath = "/commerce-connectors";
    private long sessionTimeout = 15_000;
    private long connectionTimeout = 10_000;
    private String namespace;
    private CamelClusterService clusterService;
    private CuratorFramework curatorFramework;
    private String nodeId;
    private Clock clock = Clock.systemUTC();
    private long signInLease = 30_000;
    private long signInWait = 35_000;

    private volatile CuratorFramework client;
    private boolean ownsClient;
    private volatile WatermarkFence fence;
    private volatile ClusterLeadership leadership;

    public ZooKeeperStateRepository() {
    }

    /** A repository on these ZooKeeper servers ({@code host:port,host:port}). */
    public ZooKeeperStateRepository(String nodes) {
        this.nodes = nodes;
    }

    // ------------------------------------------------------------------ StateRepository

    /** The stored watermark, read from ZooKeeper (never from memory); {@code null} when none was stored. */
    @Override
    public String getState(String key) {
        return started().read(key);
    }

    /**
     * Writes the watermark if this node still owns the export: it leads the namespace (when one is set) and nobody
     * wrote the key since this node claimed or wrote it.
     *
     * @throws StateWriteRefusedException otherwise
     */
    @Override
    public void setState(String key, String value) {
        WatermarkFence f = started();
        ClusterLeadership l = leadership;
        if (l != null) {
            Optional<String> refusal = l.refusal();
            if (refusal.isPresent()) {
                throw new StateWriteRefusedException(key, "the watermark '" + key + "' was not written: "
                        + refusal.get() + "; the leader goes on from the shared watermark");
            }
        }
        f.write(key, value == null ? "" : value);
    }

    // ------------------------------------------------------------------ ExportGuard

    /** Refuses when this node does not lead; otherwise claims the key (one read, and a write after a failover). */
    @Override
    public Optional<String> beforePoll(String stateKey) {
        ClusterLeadership l = leadership;
        if (l != null) {
            Optional<String> refusal = l.refusal();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        try {
            started().claim(stateKey);
            return Optional.empty();
        } catch (ZooKeeperStoreException e) {
            return Optional.of("the shared watermark cannot be claimed: " + e.getMessage());
        }
    }

    /** Refuses when this node no longer leads, or is cut off from ZooKeeper; no I/O while it leads. */
    @Override
    public Optional<String> beforeExchange(String stateKey) {
        ClusterLeadership l = leadership;
        if (l != null && !l.isLeader()) {
            return l.refusal();
        }
        CuratorFramework c = client;
        if (c == null || !c.getZookeeperClient().isConnected()) {
            return Optional.of("this node is cut off from ZooKeeper, where the export's watermark is fenced");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ AuthLatchStore

    @Override
    public AuthLatchState stateFor(Connection connection) {
        String path = ZNodeNames.join(ZNodeNames.join(basePath, "sign-in-latches"), SignInId.of(connection));
        return new ZooKeeperAuthLatchState(this::startedClient, path, connection.name(), getNodeId(), clock,
                Duration.ofMillis(signInLease), Duration.ofMillis(signInWait));
    }

    // ------------------------------------------------------------------ life cycle

    @Override
    protected void doStart() throws Exception {
        CuratorFramework c = curatorFramework;
        if (c == null) {
            String connect = connectString();
            c = CuratorFrameworkFactory.builder()
                    .connectString(connect)
                    .sessionTimeoutMs((int) sessionTimeout)
                    .connectionTimeoutMs((int) connectionTimeout)
                    .retryPolicy(new ExponentialBackoffRetry(200, 5, 2_000))
                    .build();
            ownsClient = true;
        }
        if (c.getState() == CuratorFrameworkState.LATENT) {
            c.start();
        }
        if (!c.blockUntilConnected((int) connectionTimeout, TimeUnit.MILLISECONDS)) {
            if (ownsClient) {
                c.close();
            }
            throw new ZooKeeperStoreException("ZooKeeper did not answer within " + connectionTimeout + " ms", null);
        }
        client = c;
        fence = new WatermarkFence(c, ZNodeNames.join(basePath, "watermarks"));
        if (namespace != null) {
            CamelClusterService service = clusterService != null ? clusterService
                    : ClusterServiceHelper.mandatoryLookupService(requireContext());
            ClusterLeadership l = new ClusterLeadership(service, namespace);
            l.start();
            leadership = l;
        }
        if (camelContext != null && !camelContext.hasService(this)) {
            camelContext.addService(this, true, false); // so the context closes the ZooKeeper session when it stops
        }
        LOG.info("Watermarks and sign-in latches of node '{}' are kept in ZooKeeper under {}{}", getNodeId(), basePath,
                namespace == null ? "" : ", exports guarded by the leadership of namespace '" + namespace + "'");
    }

    @Override
    protected void doStop() throws Exception {
        ClusterLeadership l = leadership;
        leadership = null;
        if (l != null) {
            l.stop();
        }
        WatermarkFence f = fence;
        fence = null;
        if (f != null) {
            f.releaseAll();
        }
        CuratorFramework c = client;
        client = null;
        if (c != null && ownsClient) {
            c.close();
        }
        ownsClient = false;
    }

    private WatermarkFence started() {
        ensureStarted();
        WatermarkFence f = fence;
        if (f == null) {
            throw new ZooKeeperStoreException("The ZooKeeper state repository is not started", null);
        }
        return f;
    }

    private CuratorFramework startedClient() {
        ensureStarted();
        CuratorFramework c = client;
        if (c == null) {
            throw new ZooKeeperStoreException("The ZooKeeper state repository is not started", null);
        }
        return c;
    }

    private void ensureStarted() {
        if (!isStarted() && !isStarting()) {
            start();
        }
    }

    private String connectString() {
        if (nodes != null && !nodes.isBlank()) {
            return nodes;
        }
        if (clusterService instanceof ZooKeeperClusterService zk && zk.getNodes() != null) {
            return zk.getNodes();
        }
        if (camelContext != null) {
            Optional<String> fromService = ClusterServiceHelper.lookupService(camelContext)
                    .filter(ZooKeeperClusterService.class::isInstance)
                    .map(s -> ((ZooKeeperClusterService) s).getNodes());
            if (fromService.isPresent()) {
                return fromService.get();
            }
        }
        throw new IllegalArgumentException("Set the ZooKeeper servers (nodes = host:port,...) of the state repository");
    }

    private CamelContext requireContext() {
        if (camelContext == null) {
            throw new IllegalStateException("A namespace without a cluster service needs the CamelContext to find one");
        }
        return camelContext;
    }

    // ------------------------------------------------------------------ options

    /** This node's name in the latch records and log lines: the option, else the cluster service's id. */
    @ManagedAttribute(description = "This node's name in latch records and log lines")
    public String getNodeId() {
        if (nodeId == null) {
            CamelClusterService service = clusterService;
            if (service == null && camelContext != null && namespace != null) {
                service = ClusterServiceHelper.lookupService(camelContext).orElse(null);
            }
            nodeId = service != null && service.getId() != null ? service.getId() : defaultNodeId();
        }
        return nodeId;
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet();
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
        joinClusterServiceToContext();
    }

    /**
     * A cluster service given as a bean (Camel Main's {@code camel.beans.*}, bound after Camel Main looks for cluster
     * services) becomes a service of the context here, so that it runs, {@code master:} and
     * {@code ClusteredRoutePolicy} find it, and the context stops it.
     */
    private void joinClusterServiceToContext() {
        CamelContext context = camelContext;
        CamelClusterService service = clusterService;
        if (context == null || service == null || context.hasService(service)) {
            return;
        }
        try {
            context.addService(service, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("The cluster service " + service.getId() + " cannot join the context", e);
        }
    }

    @ManagedAttribute(description = "The ZooKeeper servers")
    public String getNodes() {
        return nodes;
    }

    /** The ZooKeeper servers, {@code host:port,host:port}; by default those of the context's ZooKeeper cluster service. */
    public void setNodes(String nodes) {
        this.nodes = nodes;
    }

    @ManagedAttribute(description = "The znode under which watermarks and latches are kept")
    public String getBasePath() {
        return basePath;
    }

    /** The znode under which everything is kept; {@code /commerce-connectors} by default. */
    public void setBasePath(String basePath) {
        if (basePath == null || !basePath.startsWith("/") || basePath.length() > 1 && basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath is an absolute znode path without a trailing slash");
        }
        this.basePath = basePath;
    }

    public long getSessionTimeout() {
        return sessionTimeout;
    }

    /** Milliseconds; 15000 by default. */
    public void setSessionTimeout(long sessionTimeout) {
        this.sessionTimeout = sessionTimeout;
    }

    public long getConnectionTimeout() {
        return connectionTimeout;
    }

    /** Milliseconds to wait for ZooKeeper when starting; 10000 by default. */
    public void setConnectionTimeout(long connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    @ManagedAttribute(description = "The cluster namespace whose leader alone may export")
    public String getNamespace() {
        return namespace;
    }

    /** The cluster namespace whose leader alone may poll and write (the one of the route's master: or policy). */
    public void setNamespace(String namespace) {
        this.namespace = namespace == null || namespace.isBlank() ? null : namespace;
    }

    public CamelClusterService getClusterService() {
        return clusterService;
    }

    /**
     * The cluster service whose leadership guards the exports; by default the context's one. One that is not yet a
     * service of the context is added to it (and so started and stopped with it).
     */
    public void setClusterService(CamelClusterService clusterService) {
        this.clusterService = clusterService;
        joinClusterServiceToContext();
    }

    public CuratorFramework getCuratorFramework() {
        return curatorFramework;
    }

    /** A Curator client to use instead of one of the repository's own (it is then neither started nor closed here). */
    public void setCuratorFramework(CuratorFramework curatorFramework) {
        this.curatorFramework = curatorFramework;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock of sign-in back-offs and leases; the system clock by default. */
    public void setClock(Clock clock) {
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    public long getSignInLease() {
        return signInLease;
    }

    /** Milliseconds a node may take over a sign-in before another node takes its turn over; 30000 by default. */
    public void setSignInLease(long signInLease) {
        this.signInLease = signInLease;
    }

    public long getSignInWait() {
        return signInWait;
    }

    /** Milliseconds a sign-in waits for another node's to finish before it fails (retryable); 35000 by default. */
    public void setSignInWait(long signInWait) {
        this.signInWait = signInWait;
    }

    /** The version of the key's znode this node holds (claimed or wrote), if any; for tests and diagnostics. */
    Integer heldVersion(String key) {
        WatermarkFence f = fence;
        return f == null ? null : f.heldVersion(key);
    }

    @Override
    public String toString() {
        return "ZooKeeperStateRepository[" + basePath + (namespace == null ? "" : ", namespace " + namespace) + "]";
    }
}
