package com.bitzoom.desk.stream;

import java.util.ArrayDeque;

/**
 * Paces one connection's outgoing messages so the exchange never counts more than {@code limit} in
 * any second — measured at the exchange, where a busy server or the network can bunch messages
 * that left here well spaced.
 *
 * <p>The rule: a message may leave only when the {@code limit}-th message before it left more than a
 * window ago <em>and</em>, if it was a request, its answer arrived more than a window ago. The
 * exchange handles a request before it answers and handles messages in order, so any
 * {@code limit + 1} consecutive messages then span at least a window in the exchange's own time,
 * however late it reads them. Messages without an answer (pings) count from when they left. The
 * window is a little longer than a second, for clock granularity.
 *
 * <p>Confined to the connection's thread. Times are {@link System#nanoTime()}.
 */
final class RateWindow {

    static final long WINDOW_NANOS = 1_050_000_000L;
    /** {@link #waitNanos} result: wait for an answer (or its timeout), not for the clock. */
    static final long UNTIL_ANSWERED = Long.MAX_VALUE;

    private static final class Slot {
        final long requestId;     // 0 for a message that gets no answer
        long at;                  // when it left, then when its answer came
        boolean awaitingAnswer;

        Slot(long requestId, long at) {
            this.requestId = requestId;
            this.at = at;
            this.awaitingAnswer = requestId != 0;
        }
    }

    private final int limit;
    private final ArrayDeque<Slot> recent = new ArrayDeque<>();   // the last `limit` messages, oldest first

    RateWindow(int limit) {
        this.limit = limit;
    }

    /** How long to wait before the next message may leave: 0 (now), nanos, or {@link #UNTIL_ANSWERED}. */
    long waitNanos(long now) {
        if (recent.size() < limit) {
            return 0;
        }
        Slot oldest = recent.peekFirst();
        if (oldest.awaitingAnswer) {
            return UNTIL_ANSWERED;
        }
        long wait = oldest.at + WINDOW_NANOS - now;
        if (wait > 0) {
            return wait;
        }
        recent.pollFirst();
        return 0;
    }

    /** A message left now; {@code requestId} is its request's id, or 0 if no answer will come. */
    void sent(long requestId, long now) {
        recent.addLast(new Slot(requestId, now));
    }

    /** The answer to a request arrived (or its timeout passed) now; true if the request was being counted. */
    boolean answered(long requestId, long now) {
        for (Slot s : recent) {
            if (s.requestId == requestId && s.awaitingAnswer) {
                s.awaitingAnswer = false;
                s.at = Math.max(s.at, now);
                return true;
            }
        }
        return false;
    }

    /** A new socket: the exchange counts per connection, so the count starts afresh. */
    void reset() {
        recent.clear();
    }
}
