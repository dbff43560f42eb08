package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Made-up candles for times before anything the engine kept: each one a random candle whose close
 * is the open of the one after it, walked back from an anchor. Nothing is stored; the walk starts
 * from the same seed every time, so a request for the same range always gets the same candles.
 */
final class PastCandles {

    /** How far back the made-up past reaches, in candles. */
    static final int MAX_CANDLES = 1000;
    private static final double MILLIS_PER_DAY = 86_400_000.0;
    /** Measured on the live engine: a taker order prints about 2.4 trades (levels × resting orders)... */
    private static final double TRADES_PER_TAKER = 2.4;
    /** ...and trades about 0.95 of its mean size (the biggest are cut at ten levels of depth). */
    private static final double VOLUME_PER_TAKER = 0.95;

    private final SymbolProfile profile;
    private final Interval interval;
    private final long seed;
    private final long anchorOpenTime;   // open time of the oldest real candle
    private final long anchorOpenTicks;  // and its open price

    PastCandles(SymbolProfile profile, Interval interval, long seed, long anchorOpenTime, long anchorOpenTicks) {
        this.profile = profile;
        this.interval = interval;
        this.seed = seed;
        this.anchorOpenTime = anchorOpenTime;
        this.anchorOpenTicks = anchorOpenTicks;
    }

    /** The made-up candles with an open time in {@code [from, to]}, oldest first. */
    List<Candle> between(long from, long to) {
        List<Candle> newestFirst = new ArrayList<>();
        RandomGenerator rng = new SplittableRandom(seed);
        CandleAccumulator bar = new CandleAccumulator();
        long nextOpen = anchorOpenTime;
        long close = anchorOpenTicks;
        for (int i = 0; i < MAX_CANDLES && nextOpen > 0; i++) {
            long open = interval.openTimeOf(nextOpen - 1);
            if (open < from) {
                break;
            }
            synthesize(bar, close, nextOpen - open, open, profile, rng);
            if (open <= to) {
                newestFirst.add(bar.toCandle(profile.symbol(), profile.grid(), interval, open, true));
            }
            close = bar.open;
            nextOpen = open;
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Fills {@code bar} with a random candle of {@code durationMillis} that closes at {@code closeTicks}:
     * open a random walk step back (pulled towards the symbol's start price), wicks beyond open and
     * close, volume and trade count from the symbol's activity (busier in the European and US
     * afternoon), quote volume at a price inside the range.
     */
    static void synthesize(CandleAccumulator bar, long closeTicks, long durationMillis, long openTime,
                           SymbolProfile profile, RandomGenerator rng) {
        double days = durationMillis / MILLIS_PER_DAY;
        double sd = profile.dailyVolatility() * Math.sqrt(days) * Math.exp(0.35 * rng.nextGaussian());
        double pull = Math.min(0.3, days / 90) * Math.log(profile.initialTicks() / (double) closeTicks);
        double open = closeTicks * Math.exp(sd * rng.nextGaussian() + pull);
        long o = clampTicks(Math.round(open), profile);
        long c = closeTicks;
        double wick = sd * 0.6;
        long top = Math.max(o, c);
        long bottom = Math.min(o, c);
        long h = Math.max(top, (long) Math.ceil(top * Math.exp(wick * Math.abs(rng.nextGaussian()))));
        long wickDown = (long) Math.floor(bottom * Math.exp(-wick * Math.abs(rng.nextGaussian())));
        long l = Math.max(1, Math.min(bottom, wickDown));
        double minutes = durationMillis / 60_000.0;
        double activity = durationMillis <= 3_600_000L ? seasonality(openTime + durationMillis / 2) : 1.0;
        double takers = profile.tradesPerSecond() * 60 * minutes * activity * Math.exp(0.4 * rng.nextGaussian() - 0.08);
        long n = Math.max(1, Math.round(takers * TRADES_PER_TAKER));
        long v = Math.max(n, Math.round(takers * profile.meanTradeSteps() * VOLUME_PER_TAKER
                * Math.exp(0.25 * rng.nextGaussian() - 0.03)));
        long vwap = l + Math.round((h - l) * (0.25 + 0.5 * rng.nextDouble()));
        bar.open = o;
        bar.high = h;
        bar.low = l;
        bar.close = c;
        bar.volume = v;
        bar.quote = vwap * v;
        bar.count = n;
    }

    private static long clampTicks(long ticks, SymbolProfile profile) {
        long low = Math.max(1, profile.initialTicks() / 5);
        long high = profile.initialTicks() * 5;
        return Math.max(low, Math.min(high, ticks));
    }

    /** Trading activity by time of day (UTC): quietest around 02:00, busiest around 14:00. */
    static double seasonality(long millis) {
        double hour = Math.floorMod(millis, 86_400_000L) / 3_600_000.0;
        return 1 + 0.45 * Math.sin(2 * Math.PI * (hour - 8) / 24);
    }
}
