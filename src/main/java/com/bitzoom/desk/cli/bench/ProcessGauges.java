package com.bitzoom.desk.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Readings of the whole process for one measurement window: CPU time, bytes allocated (summed over
 * threads), GC count and time, and the FX thread's own CPU time. {@link #heapAfterGcBytes()} forces
 * a full collection and reads what is left: the live set.
 *
 * <p>Thread-safe (every reading is a fresh snapshot).
 */
final class ProcessGauges {

    /** The readings at one instant. */
    record Snapshot(long wallNanos, long cpuNanos, Map<Long, Long> allocatedByThread, long gcCount, long gcMillis,
                    long fxCpuNanos, Map<Long, Long> cpuByThread, Map<Long, String> names) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long fxThreadId;

    ProcessGauges(long fxThreadId) {
        this.fxThreadId = fxThreadId;
        if (threads.isThreadAllocatedMemorySupported()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
    }

    Snapshot now() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> allocated = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                allocated.put(ids[i], bytes[i]);
            }
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(ids)) {
            if (info != null) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                if (t >= 0) {
                    cpu.put(info.getThreadId(), t);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }
        return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), allocated, gcCount, gcMillis,
                Math.max(0, threads.getThreadCpuTime(fxThreadId)), cpu, names);
    }

    /**
     * CPU time between two snapshots by thread group (the thread name with its numbers made {@code N},
     * e.g. {@code bitzoom-stream-io-worker(N)}), largest first. Work done by the JVM's own threads
     * (GC, JIT) is the process total minus the sum of these (reported as {@code jvm+gone}).
     */
    static Map<String, Long> cpuByThreadGroup(Snapshot start, Snapshot end) {
        Map<String, Long> groups = new HashMap<>();
        long sum = 0;
        for (Map.Entry<Long, Long> e : end.cpuByThread().entrySet()) {
            long d = e.getValue() - start.cpuByThread().getOrDefault(e.getKey(), 0L);
            String group = end.names().get(e.getKey()).replaceAll("[0-9]+", "N");
            groups.merge(group, d, Long::sum);
            sum += d;
        }
        groups.put("jvm+gone", Math.max(0, (end.cpuNanos() - start.cpuNanos()) - sum));
        Map<String, Long> sorted = new java.util.LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Bytes allocated between two snapshots by threads alive at the end (a thread born in between counts from 0). */
    static long allocatedBetween(Snapshot start, Snapshot end) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : end.allocatedByThread().entrySet()) {
            sum += e.getValue() - start.allocatedByThread().getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** Share of the machine's CPU the process used: CPU time / (wall time × processors). */
    static double cpuShare(Snapshot start, Snapshot end) {
        double wall = end.wallNanos() - start.wallNanos();
        return (end.cpuNanos() - start.cpuNanos()) / (wall * Runtime.getRuntime().availableProcessors());
    }

    /** The live heap: used heap after two full collections. */
    long heapAfterGcBytes() {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    double systemLoadAverage() {
        return os.getSystemLoadAverage();
    }
}
