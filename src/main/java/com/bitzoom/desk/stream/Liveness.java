package com.bitzoom.desk.stream;

import java.time.Duration;

/**
 * Decides when a connection has gone stale: a ping got no pong within the pong timeout, or — while
 * streams that tick at least every second are subscribed — no frame arrived for the silence timeout.
 * A socket can stay open while the exchange says nothing; only these clocks notice.
 *
 * <p>The two {@code last…} times are written by the socket-read thread (volatile); everything else is
 * confined to the connection's thread. Times are {@link System#nanoTime()}.
 */
final class Liveness {

    private final long pingIntervalNanos;
    private final long pongTimeoutNanos;
    private final long silenceNanos;
    private volatile long lastFrameAt;
    private volatile long lastPongAt;
    private long pingSentAt;         // 0: no ping outstanding; else when it was queued (see pingSent)
    private long pingQueuedAt;
    private long lastPingAt;
    private boolean pingQueued;

    Liveness(Duration pingInterval, Duration pongTimeout, Duration silence) {
        this.pingIntervalNanos = pingInterval.toNanos();
        this.pongTimeoutNanos = pongTimeout.toNanos();
        this.silenceNanos = silence.toNanos();
    }

    /** How often the connection should call {@link #staleReason}: a fraction of the shortest threshold. */
    static Duration checkEvery(Duration pingInterval, Duration pongTimeout, Duration silence) {
        long shortest = Math.min(pingInterval.toMillis(), Math.min(pongTimeout.toMillis(), silence.toMillis()));
        return Duration.ofMillis(Math.max(20, Math.min(1000, shortest / 5)));
    }

    void opened(long now) {
        lastFrameAt = now;
        lastPongAt = now;
        lastPingAt = now;
        pingSentAt = 0;
        pingQueued = false;
    }

    void frame(long now) {
        lastFrameAt = now;
    }

    void pong(long now) {
        lastPongAt = now;
    }

    /** True when a ping should be queued now (none queued or outstanding, interval elapsed). */
    boolean pingDue(long now) {
        if (pingQueued || pingSentAt != 0 && lastPongAt - pingSentAt < 0) {
            return false;
        }
        if (now - lastPingAt >= pingIntervalNanos) {
            pingQueued = true;
            pingQueuedAt = now;
            return true;
        }
        return false;
    }

    /**
     * The ping queued by {@link #pingDue} has gone out. Its pong is awaited from the time it was
     * <em>queued</em>: the pong may arrive (on the socket-read thread) before the sending thread gets
     * here to read the clock — on a loaded machine it often does — and a pong stamped before the
     * ping's own time would look like no answer at all, condemning a healthy connection 10 s later.
     */
    void pingSent(long now) {
        pingQueued = false;
        pingSentAt = pingQueuedAt;
        lastPingAt = now;
    }

    /** Why the connection is stale, or {@code null} while it is alive. */
    String staleReason(long now, boolean steadyTrafficExpected) {
        if (pingSentAt != 0 && lastPongAt - pingSentAt < 0 && now - pingSentAt > pongTimeoutNanos) {
            return "stale: no pong within " + Durations.text(pongTimeoutNanos);
        }
        if (steadyTrafficExpected && now - lastFrameAt > silenceNanos) {
            return "stale: no frame for " + Durations.text(silenceNanos) + " while streams that tick every second are subscribed";
        }
        return null;
    }
}
