package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Interval;
import java.util.random.RandomGenerator;

/**
 * A made-up recent past, so the chart and the 24 h ticker look like a real day from the first
 * second: {@link #MINUTES} one-minute candles ending just before the start minute and closing at the
 * start price, walked backwards. Every coarser interval's candles over those minutes are aggregated
 * from them (so all intervals agree); the part of a coarse candle older than the minutes is one
 * made-up candle merged in front. Made-up trades are numbered from 1, so live trade ids continue.
 */
final class SyntheticHistory {

    static final int MINUTES = 1500;
    private static final long MINUTE = 60_000L;

    private final SymbolProfile profile;
    private final long firstMinute;                         // open time of the oldest minute
    private final CandleAccumulator[] minutes = new CandleAccumulator[MINUTES];
    private final long[] firstIds = new long[MINUTES];
    private long lastTradeId;

    /** Builds the minutes before {@code startMinute} (the open time of the minute the engine starts in). */
    SyntheticHistory(SymbolProfile profile, long startMinute, RandomGenerator rng) {
        this.profile = profile;
        this.firstMinute = startMinute - MINUTES * MINUTE;
        long close = profile.initialTicks();
        for (int k = MINUTES - 1; k >= 0; k--) {
            CandleAccumulator bar = new CandleAccumulator();
            PastCandles.synthesize(bar, close, MINUTE, minuteOpen(k), profile, rng);
            minutes[k] = bar;
            close = bar.open;
        }
        long id = 0;
        for (int k = 0; k < MINUTES; k++) {
            firstIds[k] = id + 1;
            id += minutes[k].count;
        }
        this.lastTradeId = id;
    }

    private long minuteOpen(int k) {
        return firstMinute + k * MINUTE;
    }

    long lastTradeId() {
        return lastTradeId;
    }

    /** Quantity of the last made-up trade (for the ticker's Q before any live trade). */
    long lastQty() {
        CandleAccumulator last = minutes[MINUTES - 1];
        return Math.max(1, last.volume / last.count);
    }

    /** Seeds the closed candles and the live candle (holding everything since its open) of one interval. */
    void seed(CandleSeries series, RandomGenerator rng) {
        Interval interval = series.interval();
        long startMinute = minuteOpen(MINUTES - 1) + MINUTE;
        long bucketOpen = interval.openTimeOf(firstMinute);
        CandleAccumulator bucket = new CandleAccumulator();
        if (bucketOpen < firstMinute) {
            PastCandles.synthesize(bucket, minutes[0].open, firstMinute - bucketOpen, bucketOpen, profile, rng);
        } else {
            bucket.reset(minutes[0].open);
        }
        long bucketEnd = interval.nextOpenTime(bucketOpen);
        for (int k = 0; k < MINUTES; k++) {
            if (minuteOpen(k) >= bucketEnd) {   // minutes are whole candles of every interval
                series.appendClosed(bucketOpen, bucket);
                bucket = next(bucket);
                bucketOpen = bucketEnd;
                bucketEnd = interval.nextOpenTime(bucketOpen);
            }
            bucket.addCandle(minutes[k]);
        }
        long liveOpen = interval.openTimeOf(startMinute);
        if (liveOpen != bucketOpen) {
            series.appendClosed(bucketOpen, bucket);
            bucket = next(bucket);
        }
        series.startLive(liveOpen, bucket);
    }

    private static CandleAccumulator next(CandleAccumulator previous) {
        CandleAccumulator fresh = new CandleAccumulator();
        fresh.reset(previous.close);
        return fresh;
    }

    /** Seeds the whole minutes of the 24 h window. */
    void seed(RollingDay day) {
        for (int k = MINUTES - (RollingDay.MINUTES - 1); k < MINUTES; k++) {
            CandleAccumulator bar = minutes[k];
            day.seedMinute(minuteOpen(k), bar, firstIds[k], firstIds[k] + bar.count - 1);
        }
        day.refresh();
    }
}
