package com.bitzoom.desk.sim;

/**
 * Counts one connection's incoming messages over a rolling second. Keeps the arrival times of the
 * last {@code limit + 1} messages, which is all it takes to see the message over the limit.
 * Thread-safe (Tyrus delivers a connection's messages one at a time, but not always on one thread).
 */
final class MessageRate {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final long[] arrivals; // ring of the newest arrival times, guarded by this
    private int next;              // guarded by this
    private int stored;            // guarded by this

    MessageRate(int limit) {
        arrivals = new long[limit + 1];
    }

    /** Records a message; returns how many arrived in the second ending now, this one included. */
    synchronized int arrive(long nowNanos) {
        arrivals[next] = nowNanos;
        next = (next + 1) % arrivals.length;
        stored = Math.min(stored + 1, arrivals.length);
        int inWindow = 0;
        for (int i = 0; i < stored; i++) {
            if (nowNanos - arrivals[i] < SECOND_NANOS) {
                inWindow++;
            }
        }
        return inWindow;
    }
}
