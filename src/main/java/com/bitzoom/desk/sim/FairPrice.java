package com.bitzoom.desk.sim;

import java.util.random.RandomGenerator;

/**
 * The hidden "true" price the book is quoted around: a log random walk whose variance clusters
 * (GARCH-like: a large move raises the variance of the next ones, which then decays back to its
 * long-run level). A weak pull towards the start price and hard bounds (a fifth to five times the
 * start) keep a long run plausible and the book's deepest level above zero.
 */
final class FairPrice {

    private static final double MILLIS_PER_DAY = 86_400_000.0;
    /** How fast the variance returns to its long-run level. */
    private static final double VARIANCE_DECAY_MILLIS = 30 * 60_000.0;
    /** How strongly a move's surprise feeds the next variance. */
    private static final double SHOCK = 0.12;
    /** How fast the price is pulled back to its start (a month). */
    private static final double PULL_MILLIS = 30 * MILLIS_PER_DAY;
    private static final double LOWEST = Math.log(0.2);
    private static final double HIGHEST = Math.log(5.0);

    // Confined to the market thread.
    private final double anchor;            // log of the start price, in ticks
    private final double baseVariancePerMs;
    private double logPrice;
    private double variancePerMs;

    FairPrice(long startTicks, double dailyVolatility) {
        this.anchor = Math.log(startTicks);
        this.logPrice = anchor;
        this.baseVariancePerMs = dailyVolatility * dailyVolatility / MILLIS_PER_DAY;
        this.variancePerMs = baseVariancePerMs;
    }

    /** Moves the price on by {@code dtMillis} of simulated time. */
    void step(long dtMillis, RandomGenerator rng) {
        if (dtMillis <= 0) {
            return;
        }
        double k = 1 - Math.exp(-dtMillis / VARIANCE_DECAY_MILLIS);
        variancePerMs += k * (baseVariancePerMs - variancePerMs);
        double z = rng.nextGaussian();
        double move = Math.sqrt(variancePerMs * dtMillis) * z;
        variancePerMs *= 1 + SHOCK * (z * z - 1);
        variancePerMs = Math.max(baseVariancePerMs / 9, Math.min(baseVariancePerMs * 16, variancePerMs));
        double pull = (anchor - logPrice) * Math.min(1, dtMillis / PULL_MILLIS);
        logPrice = reflect(logPrice + move + pull);
    }

    private double reflect(double x) {
        double low = anchor + LOWEST;
        double high = anchor + HIGHEST;
        if (x < low) {
            return Math.min(high, 2 * low - x);
        }
        if (x > high) {
            return Math.max(low, 2 * high - x);
        }
        return x;
    }

    /** The price in (fractional) ticks. */
    double ticks() {
        return Math.exp(logPrice);
    }

    /** Moves the price to where trading pushed the book (a taker order eating levels has lasting impact). */
    void moveTo(double ticks) {
        logPrice = reflect(Math.log(ticks));
    }
}
