package com.commerceconnectors.cluster;

import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

/** A real ZooKeeper server in this JVM on a free loopback port, with short ticks so sessions may be short. */
final class ZooKeeperServer {

    /** ZooKeeper accepts session timeouts from 2 to 20 ticks. */
    static final int TICK_MILLIS = 250;

    private ZooKeeperServer() {
    }

    static TestingServer start() throws Exception {
        return new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, TICK_MILLIS, -1), true);
    }
}
