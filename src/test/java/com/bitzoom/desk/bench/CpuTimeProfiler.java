package com.bitzoom.desk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Throughput per CPU-second, for a machine shared with other work (ours is: two cores and several
 * builds). JMH's score is operations per <em>wall</em> second, which drops whenever the benchmark
 * thread waits for a core; this profiler also reads the CPU time the benchmark's worker threads
 * actually got, and reports {@code ·opsPerCpuSecond} = operations / worker CPU seconds: what one
 * core does when it runs the code (GC and JIT threads not counted), and {@code ·cpuShare} = worker
 * CPU / wall time, how much of a core the benchmark got. Use: {@code -prof com.bitzoom.desk.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long wallStart;
    private long cpuStart;

    @Override
    public String getDescription() {
        return "operations per CPU-second of the benchmark's worker threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = workerCpuNanos();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        double wall = System.nanoTime() - wallStart;
        double cpu = Math.max(1, workerCpuNanos() - cpuStart);
        double share = cpu / wall;
        double score = result.getPrimaryResult().getScore();
        return List.of(
                new ScalarResult("opsPerCpuSecond", score / share, result.getScoreUnit(), AggregationPolicy.AVG),
                new ScalarResult("cpuShare", share, "cores", AggregationPolicy.AVG));
    }

    /** CPU time of every live JMH worker thread (they live for the whole benchmark, across iterations). */
    private long workerCpuNanos() {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
