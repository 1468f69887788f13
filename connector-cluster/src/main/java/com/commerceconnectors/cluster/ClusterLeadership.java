package com.commerceconnectors.cluster;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether this node leads one namespace of a {@link CamelClusterService} — ZooKeeper, Kubernetes leases, a file lock,
 * any of them — asked of the cluster view each time rather than remembered from its events.
 * <p>
 * Asking each time is the point: in Camel 4.18.0 a leadership-lost event can be missed (ZooKeeper's view fires it while
 * Curator still reports leadership, so {@code ClusteredRoutePolicy} keeps the route running, CAMEL-24457), and
 * {@code master:} can start its consumer after leadership was lost during its one-second start delay (CAMEL-24583).
 * The view's own answer is right again as soon as the underlying election has moved on, so a consumer that asks before
 * each exchange stops even when the route policy that should stop it does not.
 */
final class ClusterLeadership {

    private final CamelClusterService service;
    private final String namespace;
    private volatile CamelClusterView view;

    ClusterLeadership(CamelClusterService service, String namespace) {
        this.service = Objects.requireNonNull(service, "service");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /** Joins the namespace's view (the one the route policy or {@code master:} uses; views are shared and counted). */
    void start() throws Exception {
        if (view == null) {
            view = service.getView(namespace);
        }
    }

    void stop() throws Exception {
        CamelClusterView v = view;
        view = null;
        if (v != null) {
            service.releaseView(v);
        }
    }

    /** Whether this node leads the namespace now, by the view's answer of this moment; no I/O for ZooKeeper. */
    boolean isLeader() {
        CamelClusterView v = view;
        if (v == null) {
            return false;
        }
        try {
            return v.getLocalMember().isLeader();
        } catch (RuntimeException e) {
            return false; // a view that cannot answer does not make this node the leader
        }
    }

    /** Why this node may not go on, when it does not lead; empty when it does. */
    Optional<String> refusal() {
        if (isLeader()) {
            return Optional.empty();
        }
        String leader;
        try {
            CamelClusterView v = view;
            leader = v == null ? null : v.getLeader().map(CamelClusterMember::getId).orElse(null);
        } catch (RuntimeException e) {
            leader = null;
        }
        return Optional.of("this node (" + service.getId() + ") does not lead namespace '" + namespace + "'"
                + (leader == null ? "" : "; '" + leader + "' does"));
    }

    String namespace() {
        return namespace;
    }

    String nodeId() {
        return service.getId();
    }
}
