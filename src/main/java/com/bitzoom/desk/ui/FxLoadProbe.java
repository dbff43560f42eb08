package com.bitzoom.desk.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Measures how busy the FX thread is, two ways: the FX thread's CPU time over wall time (everything it
 * does: our batches, CSS, layout, the scene-graph sync of each pulse) and the time spent inside the
 * dispatcher's drains alone (our part of it). For BENCHMARKS.md; costs two {@code nanoTime} calls per
 * drain.
 *
 * <p>Thread-safe.
 */
final class FxLoadProbe {

    private static final Logger LOG = Logger.getLogger(FxLoadProbe.class.getName());

    /** One measurement window. */
    record Load(double seconds, double fxCpuShare, double drainShare, long drains, long events) {
        @Override
        public String toString() {
            return String.format("FX thread over %.0f s: CPU %.1f %% of wall time; inside drains %.1f %% (%d drains, %d events, %.0f events/s)",
                    seconds, fxCpuShare * 100, drainShare * 100, drains, events, events / seconds);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongAdder drainNanos = new LongAdder();
    private final LongAdder drains = new LongAdder();
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

    /** Call on the FX thread once, so its CPU time can be read. */
    void onFxThread() {
        fxThreadId = Thread.currentThread().getId();
    }

    /** A starting point; {@link #since} gives the load from it to now. */
    record Mark(long wallNanos, long fxCpuNanos, long drainNanos, long drains, long events) {
    }

    Mark mark(long eventsSoFar) {
        long cpu = fxThreadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(fxThreadId));
        return new Mark(System.nanoTime(), cpu, drainNanos.sum(), drains.sum(), eventsSoFar);
    }

    Load since(Mark start, long eventsSoFar) {
        Mark end = mark(eventsSoFar);
        double wall = Math.max(1, end.wallNanos() - start.wallNanos());
        Load load = new Load(wall / 1e9, (end.fxCpuNanos() - start.fxCpuNanos()) / wall,
                (end.drainNanos() - start.drainNanos()) / wall, end.drains() - start.drains(),
                end.events() - start.events());
        LOG.info(load::toString);
        return load;
    }
}
