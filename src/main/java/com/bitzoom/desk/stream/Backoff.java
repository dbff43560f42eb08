package com.bitzoom.desk.stream;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: attempt {@code n} waits a uniformly random time in
 * {@code [0, min(max, base · 2^(n−1))]}. Full jitter spreads the reconnects of many connections (and
 * many clients) after an exchange-wide drop instead of sending them back in lock-step.
 *
 * <p>Stateless and immutable.
 */
final class Backoff {

    private final long baseMillis;
    private final long maxMillis;

    Backoff(Duration base, Duration max) {
        this.baseMillis = Math.max(1, base.toMillis());
        this.maxMillis = Math.max(baseMillis, max.toMillis());
    }

    /** The largest delay attempt {@code n} (from 1) may wait. */
    long ceilingMillis(int attempt) {
        int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
        long ceiling = baseMillis << doublings;
        return ceiling <= 0 || ceiling > maxMillis ? maxMillis : ceiling;
    }

    Duration delay(int attempt) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceilingMillis(attempt) + 1));
    }
}
