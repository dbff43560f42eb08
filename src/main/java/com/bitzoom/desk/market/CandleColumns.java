package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.Candle;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link CandleSeries}' storage: the candles and, for drawing, their values as doubles in
 * parallel arrays (no boxing, nothing allocated per read). Appends happen once per interval, so
 * dropping the oldest shifts the arrays instead of using a ring. Confined to the series' thread.
 */
final class CandleColumns {
    final Candle[] candles;
    final long[] openTimes;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;
    int size;

    CandleColumns(int capacity) {
        candles = new Candle[capacity];
        openTimes = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    int capacity() {
        return candles.length;
    }

    void set(int index, Candle c) {
        candles[index] = c;
        openTimes[index] = c.openTime();
        open[index] = c.open().doubleValue();
        high[index] = c.high().doubleValue();
        low[index] = c.low().doubleValue();
        close[index] = c.close().doubleValue();
        volume[index] = c.volume().doubleValue();
    }

    /** Appends; the caller makes room first. */
    void add(Candle c) {
        set(size++, c);
    }

    void dropOldest() {
        int n = size - 1;
        System.arraycopy(candles, 1, candles, 0, n);
        System.arraycopy(openTimes, 1, openTimes, 0, n);
        System.arraycopy(open, 1, open, 0, n);
        System.arraycopy(high, 1, high, 0, n);
        System.arraycopy(low, 1, low, 0, n);
        System.arraycopy(close, 1, close, 0, n);
        System.arraycopy(volume, 1, volume, 0, n);
        candles[n] = null;
        size = n;
    }

    /** Replaces everything with the newest {@link #capacity()} of {@code sorted}. */
    void replaceAll(List<Candle> sorted) {
        clear();
        for (int k = Math.max(0, sorted.size() - capacity()); k < sorted.size(); k++) {
            add(sorted.get(k));
        }
    }

    void clear() {
        Arrays.fill(candles, 0, size, null);
        size = 0;
    }

    int indexOf(long openTime) {
        return Arrays.binarySearch(openTimes, 0, size, openTime);
    }

    double lowestLow(int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            min = Math.min(min, low[i]);
        }
        return min;
    }

    double highestHigh(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, high[i]);
        }
        return max;
    }
}
