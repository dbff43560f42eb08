package com.bitzoom.desk.stream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what one connection receives, for {@link ConnectionMetrics}.
 *
 * <p>Written by the socket-read thread (frames) and the connection's thread (reconnects), read by
 * any thread: totals are atomics, the per-second figures are guarded by {@code this} (one
 * uncontended lock per frame is cheap next to decoding it).
 */
final class TrafficMeter {

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private volatile long lastLatencyMillis = -1;

    // guarded by this
    private long second = Long.MIN_VALUE;  // epoch second being counted
    private long messagesThisSecond;
    private long bytesThisSecond;
    private long messagesLastSecond;       // the complete second before `second`
    private long bytesLastSecond;

    void frame(long nowMillis, int length) {
        messages.incrementAndGet();
        long s = Math.floorDiv(nowMillis, 1000);
        synchronized (this) {
            if (s != second) {
                boolean adjacent = s == second + 1;
                messagesLastSecond = adjacent ? messagesThisSecond : 0;
                bytesLastSecond = adjacent ? bytesThisSecond : 0;
                second = s;
                messagesThisSecond = 0;
                bytesThisSecond = 0;
            }
            messagesThisSecond++;
            bytesThisSecond += length;
        }
    }

    void latency(long millis) {
        lastLatencyMillis = millis;
    }

    long malformed() {
        return malformed.incrementAndGet();
    }

    long oversized() {
        return oversized.incrementAndGet();
    }

    void reconnected() {
        reconnects.incrementAndGet();
    }

    ConnectionMetrics snapshot(String connection, ConnectionState state, int streams, long nowMillis) {
        long s = Math.floorDiv(nowMillis, 1000);
        long mps;
        long bps;
        synchronized (this) {
            if (s == second) {
                mps = messagesLastSecond;
                bps = bytesLastSecond;
            } else if (s == second + 1) {
                mps = messagesThisSecond;
                bps = bytesThisSecond;
            } else {
                mps = 0;
                bps = 0;
            }
        }
        return new ConnectionMetrics(connection, state, streams, mps, bps, messages.get(), malformed.get(),
                oversized.get(), reconnects.get(), lastLatencyMillis);
    }
}
