package com.bitzoom.desk.sim;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every outgoing frame of the WebSocket port goes through: the stall and delay faults, and
 * the count of frames sent. Thread-safe (volatile switches; one daemon thread for delayed frames).
 */
final class Transmitter implements AutoCloseable {

    private volatile boolean stalled;
    private volatile long delayMillis;
    private final LongAdder framesSent = new LongAdder();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bitzoom-sim-delayed-frames");
        t.setDaemon(true);
        return t;
    });

    boolean stalled() {
        return stalled;
    }

    void stall(boolean on) {
        stalled = on;
    }

    void delay(long millis) {
        delayMillis = Math.max(0, millis);
    }

    /**
     * Runs {@code send} now, or after the configured delay. Delayed frames keep their order: the
     * scheduler breaks ties between equal due times first-in first-out, and the delay is the same
     * for every frame while it is on.
     */
    void dispatch(Runnable send) {
        long d = delayMillis;
        if (d <= 0) {
            send.run();
            return;
        }
        try {
            later.schedule(send, d, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Stopping: the frame is not sent.
        }
    }

    void counted() {
        framesSent.increment();
    }

    long framesSent() {
        return framesSent.sum();
    }

    @Override
    public void close() {
        later.shutdownNow();
        try {
            later.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
