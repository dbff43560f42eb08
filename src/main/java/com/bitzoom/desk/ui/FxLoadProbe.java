package com.bitzoom.desk.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javafx.scene.Scene;

/**
 * Measures how busy the FX thread is, for BENCHMARKS.md: the FX thread's CPU time over wall time
 * (everything it does: our batches, CSS, layout, the scene-graph sync of each pulse), the time spent
 * inside the dispatcher's drains (our part of it, wall time), pulses per second, and the CPU share of
 * the renderer thread (which paints in the software pipeline). Costs two {@code nanoTime} calls per drain.
 *
 * <p>Thread-safe.
 */
final class FxLoadProbe {

    private static final Logger LOG = Logger.getLogger(FxLoadProbe.class.getName());

    /** One measurement window. */
    record Load(double seconds, double fxCpuShare, double fxWaitShare, double drainShare, double rendererCpuShare,
                long drains, long pulses, long received, long applied) {
        /** Computing plus waiting (for the renderer, for locks): the time the FX thread could not take events. */
        double fxBusyShare() {
            return fxCpuShare + fxWaitShare;
        }

        @Override
        public String toString() {
            return String.format("over %.0f s: FX thread busy %.1f %% of wall time (CPU %.1f %% + waiting %.1f %%), "
                            + "inside drains %.1f %%; renderer thread CPU %.1f %%; %.1f drains/s, %.1f pulses/s; "
                            + "events %.0f/s received, %.0f/s applied",
                    seconds, fxBusyShare() * 100, fxCpuShare * 100, fxWaitShare * 100, drainShare * 100,
                    rendererCpuShare * 100, drains / seconds, pulses / seconds, received / seconds, applied / seconds);
        }
    }

    /** A starting point; {@link #since} gives the load from it to now. */
    record Mark(long wallNanos, long fxCpuNanos, long fxWaitMillis, long rendererCpuNanos, long drainNanos, long drains, long pulses,
                long received, long applied) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongAdder drainNanos = new LongAdder();
    private final LongAdder drains = new LongAdder();
    private final LongAdder pulses = new LongAdder();
    private volatile long fxThreadId = -1;

    /** Wraps the executor the dispatcher drains on, timing each drain. */
    Executor timing(Executor executor) {
        return task -> executor.execute(() -> {
            long t0 = System.nanoTime();
            try {
                task.run();
            } finally {
                drainNanos.add(System.nanoTime() - t0);
                drains.increment();
            }
        });
    }

    /** Call on the FX thread once with the main scene: its thread's CPU time and its pulses are read. */
    void watch(Scene scene) {
        fxThreadId = Thread.currentThread().getId();
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
        scene.addPostLayoutPulseListener(pulses::increment);
    }

    Mark mark(LongSupplier received, LongSupplier applied) {
        return new Mark(System.nanoTime(), cpu(fxThreadId), waited(fxThreadId), cpu(rendererThreadId()), drainNanos.sum(), drains.sum(),
                pulses.sum(), received.getAsLong(), applied.getAsLong());
    }

    Load since(Mark start, LongSupplier received, LongSupplier applied) {
        Mark end = mark(received, applied);
        double wall = Math.max(1, end.wallNanos() - start.wallNanos());
        Load load = new Load(wall / 1e9, (end.fxCpuNanos() - start.fxCpuNanos()) / wall,
                (end.fxWaitMillis() - start.fxWaitMillis()) * 1e6 / wall, (end.drainNanos() - start.drainNanos()) / wall, (end.rendererCpuNanos() - start.rendererCpuNanos()) / wall,
                end.drains() - start.drains(), end.pulses() - start.pulses(), end.received() - start.received(),
                end.applied() - start.applied());
        LOG.info(load::toString);
        return load;
    }

    private long cpu(long threadId) {
        return threadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(threadId));
    }

    /**
     * Milliseconds the thread spent waiting or blocked in Java (for the FX thread: mostly waiting for
     * the renderer to finish the previous frame). Idle time in the native event loop is not counted.
     */
    private long waited(long threadId) {
        ThreadInfo info = threadId < 0 ? null : threads.getThreadInfo(threadId);
        return info == null ? 0 : Math.max(0, info.getWaitedTime()) + Math.max(0, info.getBlockedTime());
    }

    private long rendererThreadId() {
        for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
            if (t.getThreadName().startsWith("QuantumRenderer")) {
                return t.getThreadId();
            }
        }
        return -1;
    }
}
