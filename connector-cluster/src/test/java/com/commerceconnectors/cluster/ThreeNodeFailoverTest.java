package com.commerceconnectors.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.api.CuratorWatcher;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes as three JVMs on loopback, the sandbox in a fourth, ZooKeeper in this one: a scheduled export of
 * 20,000 Oro products in pages of 100; the leader is SIGKILLed mid-export, then the next one, and the last node
 * finishes. Every record is delivered at least once across the nodes, each failover repeats at most the page the dead
 * leader had in flight, and the watermark, watched in ZooKeeper throughout, never goes back. It measures each
 * failover: from the kill to the sandbox's next product page request.
 * <p>
 * Bounded: every wait has a deadline inside {@link #BUDGET}; progress, not time, decides when to kill.
 */
class ThreeNodeFailoverTest {

    private static final int PRODUCTS = 20_000;
    private static final int PAGE = 100;
    private static final long PAUSE_PER_PAGE_MS = 20;
    private static final long BUDGET = TimeUnit.SECONDS.toNanos(110);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<Child> children = new ArrayList<>();
    private final List<String> watermarks = new CopyOnWriteArrayList<>();
    private TestingServer zookeeper;
    private CuratorFramework observer;
    private volatile boolean observing = true;
    private Thread watcher;
    private long deadline;

    /** A child JVM: its output goes to a file (a full pipe would block it), its input stays open while it lives. */
    private record Child(String name, Process process, Path outputFile, Path ids, OutputStream input) {

        String output() {
            try {
                return Files.readString(outputFile);
            } catch (IOException e) {
                return "";
            }
        }

        List<String> delivered() {
            if (ids == null || !Files.exists(ids)) {
                return List.of();
            }
            try {
                return Files.readAllLines(ids).stream().filter(l -> !l.isBlank()).toList();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        observing = false;
        if (watcher != null) {
            watcher.join(5_000);
        }
        for (Child c : children) {
            try {
                c.input().close();
            } catch (IOException e) {
                // the child is gone already
            }
            c.process().destroyForcibly();
            c.process().waitFor(10, TimeUnit.SECONDS);
        }
        if (observer != null) {
            observer.close();
        }
        if (zookeeper != null) {
            zookeeper.close();
        }
    }

    @Test
    void killingTheLeaderTwiceMidExportLosesNothingAndRepeatsAtMostThePageInFlight() throws Exception {
        long started = System.nanoTime();
        deadline = started + BUDGET;
        zookeeper = ZooKeeperServer.start();
        Child sandbox = start("sandbox", FailoverSandbox.class, null, String.valueOf(PRODUCTS));
        String ready = awaitLine(sandbox, "SANDBOX READY ");
        String oroUri = JSON.readTree(ready.substring("SANDBOX READY ".length())).path("oro").path("baseUri").asText();

        List<Child> nodes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path ids = dir.resolve("node-" + i + ".ids");
            nodes.add(start("node-" + i, FailoverNode.class, ids, "node-" + i, zookeeper.getConnectString(), oroUri,
                    ids.toString(), String.valueOf(PAUSE_PER_PAGE_MS), String.valueOf(PAGE)));
        }
        for (Child node : nodes) {
            awaitLine(node, "NODE READY");
        }
        watchWatermark();
        long exportStarted = System.nanoTime();

        List<Child> leaders = new ArrayList<>();
        List<long[]> kills = new ArrayList<>(); // {kill time, exit time} in epoch millis
        for (int killAt : new int[] {PRODUCTS / 4, PRODUCTS * 3 / 5}) {
            Child leader = awaitLeader(nodes, leaders);
            leaders.add(leader);
            awaitUntil("node " + leader.name() + " has exported " + killAt + " records in all",
                    () -> total(nodes) >= killAt);
            long killedAt = System.currentTimeMillis();
            leader.process().destroyForcibly(); // SIGKILL: no shutdown hook, no last write
            assertThat(leader.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            kills.add(new long[] {killedAt, System.currentTimeMillis()});
        }
        Child last = awaitLeader(nodes, leaders);
        leaders.add(last);
        awaitLine(last, "EXPORT COMPLETE");
        double exportSeconds = (System.nanoTime() - exportStarted) / 1e9;

        // nothing lost: every record reached a node at least once
        Set<String> all = new HashSet<>();
        nodes.forEach(n -> all.addAll(n.delivered()));
        Set<String> expected = IntStream.rangeClosed(1, PRODUCTS).mapToObj(Integer::toString).collect(Collectors.toSet());
        assertThat(all).as("records lost").isEqualTo(expected);

        // duplicates: what a dead leader delivered and its successors delivered again, at most its page in flight
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Set<String> dead = new HashSet<>(leaders.get(i).delivered());
            Set<String> after = new HashSet<>();
            for (int j = i + 1; j < leaders.size(); j++) {
                after.addAll(leaders.get(j).delivered());
            }
            dead.retainAll(after);
            duplicates.add(dead.size());
        }
        assertThat(duplicates).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(PAGE));
        int lines = nodes.stream().mapToInt(n -> n.delivered().size()).sum();
        assertThat(lines - PRODUCTS).as("all duplicates").isEqualTo(duplicates.stream().mapToInt(Integer::intValue).sum());

        // the watermark, as ZooKeeper held it, never went back, and ends at the last record: the last page's write
        // follows its last exchange, so give the observer a bounded moment to see it
        long observeUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < observeUntil
                && (watermarks.isEmpty() || !watermarks.get(watermarks.size() - 1).endsWith("|" + PRODUCTS))) {
            Thread.sleep(50);
        }
        observing = false;
        watcher.join(5_000);
        List<String> seen = watermarks.stream().filter(w -> !w.isBlank()).toList();
        assertThat(seen).hasSizeGreaterThan(10);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(compare(seen.get(i - 1), seen.get(i))).as("%s then %s", seen.get(i - 1), seen.get(i))
                    .isLessThanOrEqualTo(0);
        }
        assertThat(seen.get(seen.size() - 1)).endsWith("|" + PRODUCTS);

        // failover: from the kill to the next product page the sandbox was asked for
        List<Long> requests = requestTimes(sandbox);
        List<Double> failoverSeconds = new ArrayList<>();
        for (long[] kill : kills) {
            long next = requests.stream().filter(t -> t > kill[1]).findFirst()
                    .orElseThrow(() -> new AssertionError("no page was asked for after a kill"));
            failoverSeconds.add((next - kill[0]) / 1000.0);
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", PRODUCTS);
        figures.put("pageSize", PAGE);
        figures.put("pausePerPageMs", PAUSE_PER_PAGE_MS);
        figures.put("sessionTimeoutMs", FailoverNode.SESSION_TIMEOUT_MS);
        figures.put("failoverSeconds", failoverSeconds);
        figures.put("duplicatesPerFailover", duplicates);
        figures.put("recordsLost", expected.size() - all.size());
        figures.put("watermarkWritesSeen", seen.size());
        figures.put("pageRequests", requests.size());
        figures.put("exportSeconds", Math.round(exportSeconds * 10) / 10.0);
        figures.put("testSeconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        String json = JSON.writeValueAsString(figures);
        System.out.println("FAILOVER FIGURES " + json);
        Files.writeString(Path.of("target", "failover-figures.json"), json + "\n");
    }

    private Child start(String name, Class<?> main, Path ids, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath(), main.getName()));
        command.addAll(List.of(args));
        Path output = dir.resolve(name + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Child child = new Child(name, process, output, ids, process.getOutputStream());
        children.add(child);
        return child;
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** The first line of the child's output that starts with {@code prefix}. */
    private String awaitLine(Child child, String prefix) {
        String[] found = new String[1];
        awaitUntil(child.name() + " prints " + prefix.strip(), () -> {
            for (String line : child.output().split("\n")) {
                if (line.startsWith(prefix)) {
                    found[0] = line;
                    return true;
                }
            }
            if (!child.process().isAlive()) {
                throw new AssertionError(child.name() + " exited with " + child.process().exitValue() + ":\n"
                        + tail(child.output()));
            }
            return false;
        });
        return found[0];
    }

    /** The live node, other than {@code before}, that is exporting now: its output file grows. */
    private Child awaitLeader(List<Child> nodes, List<Child> before) {
        Map<Child, Integer> sizes = new LinkedHashMap<>();
        nodes.forEach(n -> sizes.put(n, n.delivered().size()));
        Child[] leader = new Child[1];
        awaitUntil("a new leader exports", () -> {
            for (Child n : nodes) {
                if (!before.contains(n) && n.process().isAlive() && n.delivered().size() > sizes.get(n)) {
                    leader[0] = n;
                    return true;
                }
            }
            return false;
        });
        return leader[0];
    }

    private static int total(List<Child> nodes) {
        return nodes.stream().mapToInt(n -> n.delivered().size()).sum();
    }

    private void awaitUntil(String what, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder state = new StringBuilder("timed out waiting until " + what);
                for (Child c : children) {
                    state.append("\n--- ").append(c.name()).append(" (delivered ").append(c.delivered().size())
                            .append(")\n").append(tail(c.output()));
                }
                throw new AssertionError(state.toString());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    /** Records every value the watermark's znode takes that this observer sees (a watch per change). */
    private void watchWatermark() throws Exception {
        observer = CuratorFrameworkFactory.newClient(zookeeper.getConnectString(), new RetryOneTime(100));
        observer.start();
        observer.blockUntilConnected(10, TimeUnit.SECONDS);
        String path = ZNodeNames.join("/failover/watermarks", ZNodeNames.encode(FailoverNode.STATE_KEY));
        watcher = new Thread(() -> {
            int lastVersion = -1;
            while (observing) {
                CountDownLatch changed = new CountDownLatch(1);
                try {
                    Stat stat = new Stat();
                    byte[] data = observer.getData().storingStatIn(stat)
                            .usingWatcher((CuratorWatcher) e -> changed.countDown()).forPath(path);
                    if (stat.getVersion() != lastVersion) {
                        lastVersion = stat.getVersion();
                        watermarks.add(new String(data, StandardCharsets.UTF_8));
                    }
                } catch (KeeperException.NoNodeException e) {
                    // not claimed yet
                } catch (Exception e) {
                    if (observing) {
                        watermarks.add("observer failed: " + e);
                    }
                }
                try {
                    changed.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "watermark-observer");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** {@code time|id}: by time, then by id (the sandbox's ids are numbers). */
    private static int compare(String a, String b) {
        String[] x = a.split("\\|");
        String[] y = b.split("\\|");
        int byTime = Instant.parse(x[0]).compareTo(Instant.parse(y[0]));
        return byTime != 0 ? byTime : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }

    private List<Long> requestTimes(Child sandbox) throws IOException {
        sandbox.input().write("requests\n".getBytes(StandardCharsets.UTF_8));
        sandbox.input().flush();
        awaitLine(sandbox, "END");
        return sandbox.output().lines().filter(l -> l.startsWith("REQUEST "))
                .map(l -> Long.parseLong(l.split(" ")[1])).sorted().toList();
    }

    private static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 30), lines.length));
    }
}
