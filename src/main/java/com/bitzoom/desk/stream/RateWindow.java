package com.bitzoom.desk.stream;

/**
 * A rolling one-second window over the times messages were sent: at most {@code limit} sends in any
 * window. The window is a little longer than a second so that network jitter cannot squeeze two
 * windows' worth of messages into one second at the exchange.
 *
 * <p>Confined to the connection's thread.
 */
final class RateWindow {

    static final long WINDOW_NANOS = 1_050_000_000L;

    private final long[] sentAt;   // ring of the last `limit` send times, System.nanoTime()
    private int oldest;            // index of the oldest entry once the ring is full
    private int count;

    RateWindow(int limit) {
        this.sentAt = new long[limit];
    }

    /** How long to wait before the next send is allowed; 0 if it may go now. */
    long waitNanos(long now) {
        if (count < sentAt.length) {
            return 0;
        }
        return Math.max(0, sentAt[oldest] + WINDOW_NANOS - now);
    }

    void record(long now) {
        if (count < sentAt.length) {
            sentAt[(oldest + count) % sentAt.length] = now;
            count++;
        } else {
            sentAt[oldest] = now;
            oldest = (oldest + 1) % sentAt.length;
        }
    }
}
