package com.commerceconnectors.core.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time the benchmark threads spent per operation ({@code ·cpu.ns/op}), beside JMH's wall-clock score. On a shared
 * machine a busy neighbour inflates wall-clock time whenever it takes the core away, but not the CPU time the
 * benchmark thread itself used; ratios of this metric stay meaningful when the machine is loaded. Use with
 * {@code -prof com.commerceconnectors.core.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Map<Long, Long> before = Map.of();

    @Override
    public String getDescription() {
        return "CPU time of the JMH worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuTimes();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        long spent = 0;
        for (Map.Entry<Long, Long> now : workerCpuTimes().entrySet()) {
            spent += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        long ops = result.getMetadata().getAllOps();
        double perOp = ops > 0 ? (double) spent / ops : Double.NaN;
        return List.of(new ScalarResult("cpu.ns/op", perOp, "ns/op", AggregationPolicy.AVG));
    }

    private static Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                long cpu = THREADS.getThreadCpuTime(t.getId());
                if (cpu >= 0) {
                    times.put(t.getId(), cpu);
                }
            }
        }
        return times;
    }
}
