package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.MarkPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * Mark price, index price and funding rate of one perpetual. The mark is an exponential moving
 * average of the book's mid (so a single print cannot move it); the index is the mark off by a
 * small wandering premium (a few basis points); the funding rate wanders around +0.01 % per
 * 8 hours, within ±0.075 %. Funding is settled on the 8-hour UTC grid (00:00, 08:00, 16:00).
 */
final class MarkPricing {

    static final long FUNDING_PERIOD_MILLIS = 8 * 3_600_000L;
    private static final double MARK_SMOOTHING_MILLIS = 3_000;
    private static final double PREMIUM_MILLIS = 60_000;
    private static final double PREMIUM_SD = 2e-4;
    private static final double RATE_MILLIS = 4 * 3_600_000.0;
    private static final double RATE_MEAN = 1e-4;
    private static final double RATE_SD = 8e-5;
    private static final double RATE_LIMIT = 7.5e-4;
    private static final int RATE_SCALE = 8;

    // Confined to the market thread.
    private double mark;       // ticks
    private double premium;    // index = mark × (1 − premium)
    private double rate;

    MarkPricing(double startTicks) {
        this.mark = startTicks;
        this.rate = RATE_MEAN;
    }

    void step(long dtMillis, double midTicks, RandomGenerator rng) {
        if (dtMillis <= 0) {
            return;
        }
        mark += (1 - Math.exp(-dtMillis / MARK_SMOOTHING_MILLIS)) * (midTicks - mark);
        premium = ornsteinUhlenbeck(premium, 0, PREMIUM_SD, PREMIUM_MILLIS, dtMillis, rng);
        rate = ornsteinUhlenbeck(rate, RATE_MEAN, RATE_SD, RATE_MILLIS, dtMillis, rng);
        rate = Math.max(-RATE_LIMIT, Math.min(RATE_LIMIT, rate));
    }

    private static double ornsteinUhlenbeck(double x, double mean, double sd, double tau, long dt,
                                            RandomGenerator rng) {
        double decay = Math.exp(-dt / tau);
        return mean + (x - mean) * decay + sd * Math.sqrt(1 - decay * decay) * rng.nextGaussian();
    }

    long markTicks() {
        return Math.max(1, Math.round(mark));
    }

    long indexTicks() {
        return Math.max(1, Math.round(mark * (1 - premium)));
    }

    BigDecimal fundingRate() {
        return BigDecimal.valueOf(rate).setScale(RATE_SCALE, RoundingMode.HALF_UP);
    }

    MarkPrice event(String symbol, Grid grid, long nowMillis) {
        return new MarkPrice(MarkPrice.TYPE, nowMillis, symbol, grid.price(markTicks()), grid.price(indexTicks()),
                fundingRate(), nextFundingTime(nowMillis));
    }

    /** The first funding time strictly after {@code nowMillis}. */
    static long nextFundingTime(long nowMillis) {
        return Math.floorDiv(nowMillis, FUNDING_PERIOD_MILLIS) * FUNDING_PERIOD_MILLIS + FUNDING_PERIOD_MILLIS;
    }

    static boolean isFundingTime(long millis) {
        return Math.floorMod(millis, FUNDING_PERIOD_MILLIS) == 0;
    }
}
