package com.commerceconnectors.cluster;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;

import java.util.List;
import java.util.Optional;

/**
 * A {@link CamelClusterService} of one node whose leadership the test decides, and which can fail to tell: losing
 * leadership {@linkplain #loseSilently() without an event} is what Camel 4.18.0's ZooKeeper view does when its session
 * goes (CAMEL-24457) — the route policy keeps the route running while the view itself already answers "not leader".
 */
final class SwitchableClusterService extends AbstractCamelClusterService<SwitchableClusterService.View> {

    private volatile boolean leader;
    private volatile View view;

    SwitchableClusterService(String id) {
        super(id);
    }

    /** Takes the leadership and tells the listeners (the route policy starts its routes). */
    void lead() {
        leader = true;
        View v = view;
        if (v != null) {
            v.changed();
        }
    }

    /** Loses the leadership and tells the listeners (the route policy stops its routes). */
    void lose() {
        leader = false;
        View v = view;
        if (v != null) {
            v.changed();
        }
    }

    /** Loses the leadership without telling anyone: the view answers "not leader", no event fires. */
    void loseSilently() {
        leader = false;
    }

    @Override
    protected View createView(String namespace) {
        View v = new View(this, namespace);
        view = v;
        return v;
    }

    final class View extends AbstractCamelClusterView {

        private final CamelClusterMember local = new CamelClusterMember() {
            @Override
            public boolean isLeader() {
                return leader;
            }

            @Override
            public boolean isLocal() {
                return true;
            }

            @Override
            public String getId() {
                return SwitchableClusterService.this.getId();
            }
        };

        View(CamelClusterService service, String namespace) {
            super(service, namespace);
        }

        void changed() {
            fireLeadershipChangedEvent(getLeader());
        }

        @Override
        public Optional<CamelClusterMember> getLeader() {
            return leader ? Optional.of(local) : Optional.empty();
        }

        @Override
        public CamelClusterMember getLocalMember() {
            return local;
        }

        @Override
        public List<CamelClusterMember> getMembers() {
            return List.of(local);
        }

        @Override
        protected void doStart() {
            changed();
        }

        @Override
        protected void doStop() {
        }
    }
}
