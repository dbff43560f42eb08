package com.bitzoom.desk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one fuzz run: inputs tried, failures, the slowest input (wall and CPU time of the
 * thread), heap. {@link #report()} is one block of text; {@link #save(String)} writes it under
 * {@code target/reliability/} so the last run's figures can be copied into RELIABILITY.md.
 *
 * <p>Confined to the fuzzing thread, apart from {@link #current}, which a timeout reads.
 */
public final class FuzzFigures {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String name;
    private final long seed;
    private final long startNanos = System.nanoTime();
    private final long heapAtStart;
    private final Map<JsonMutator.Kind, Long> byKind = new EnumMap<>(JsonMutator.Kind.class);
    private final Map<String, Long> outcomes = new LinkedHashMap<>();
    private long tried;
    private long failures;
    private long bytes;
    private long slowestWallNanos;
    private long slowestCpuNanos;
    private long totalCpuNanos;
    private String slowestDescription = "-";
    private long peakHeap;
    /** What is being tried right now, for a timeout's message. */
    public volatile String current = "nothing yet";

    public FuzzFigures(String name, long seed) {
        this.name = name;
        this.seed = seed;
        this.heapAtStart = heapAfterGc();
        this.peakHeap = heapAtStart;
    }

    /** Used heap after a full collection (a few rounds, so finalizable junk is gone). */
    public static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the calling thread. */
    public static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one input: its mutations, size, outcome and time. */
    public void tried(List<JsonMutator.Kind> kinds, int chars, String outcome, long wallNanos, long cpuNanos,
                      String description) {
        tried++;
        bytes += chars;
        for (JsonMutator.Kind k : kinds) {
            byKind.merge(k, 1L, Long::sum);
        }
        outcomes.merge(outcome, 1L, Long::sum);
        if (wallNanos > slowestWallNanos) {
            slowestWallNanos = wallNanos;
            slowestDescription = description;
        }
        slowestCpuNanos = Math.max(slowestCpuNanos, cpuNanos);
        totalCpuNanos += cpuNanos;
        if ((tried & 0x3FFF) == 0) {
            peakHeap = Math.max(peakHeap, MEMORY.getHeapMemoryUsage().getUsed());
        }
    }

    /** Counts a failure (an uncaught exception or a broken promise); the caller reports it. */
    public void failed() {
        failures++;
    }

    public long tried() {
        return tried;
    }

    public long failures() {
        return failures;
    }

    public long slowestWallNanos() {
        return slowestWallNanos;
    }

    public long slowestCpuNanos() {
        return slowestCpuNanos;
    }

    public long heapAtStart() {
        return heapAtStart;
    }

    public long peakHeap() {
        return peakHeap;
    }

    /** The figures as text; takes the end-of-run heap after GC. */
    public String report(long heapAtEnd) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder b = new StringBuilder();
        b.append(name).append('\n');
        b.append(String.format(Locale.ROOT, "  seed %d; %,d inputs (%,d MB of text) in %.1f s wall", seed, tried,
                bytes / 1_000_000, seconds));
        if (totalCpuNanos > 0) {
            b.append(String.format(Locale.ROOT, ", %.1f s CPU in the code under test (%,.0f inputs per CPU second)",
                    totalCpuNanos / 1e9, tried / (totalCpuNanos / 1e9)));
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "  failures (uncaught exceptions, broken promises): %d%n", failures));
        b.append(String.format(Locale.ROOT, "  slowest input: %.2f ms wall", slowestWallNanos / 1e6));
        b.append(totalCpuNanos > 0 ? String.format(Locale.ROOT, "; slowest thread CPU time: %.2f ms%n", slowestCpuNanos / 1e6)
                : " (round trip over loopback)\n");
        b.append("  slowest was: ").append(slowestDescription).append('\n');
        b.append(String.format(Locale.ROOT, "  heap after GC: %,d KB at start, %,d KB at end; peak sampled %,d KB%n",
                heapAtStart / 1024, heapAtEnd / 1024, peakHeap / 1024));
        b.append("  outcomes: ").append(outcomes).append('\n');
        b.append("  mutations: ").append(byKind).append('\n');
        return b.toString();
    }

    /** Prints the report and writes it to {@code target/reliability/<file>}; returns it. */
    public String save(String file, long heapAtEnd) {
        String report = report(heapAtEnd);
        System.out.print(report);
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }
}
