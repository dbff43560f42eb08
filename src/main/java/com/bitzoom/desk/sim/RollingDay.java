package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One symbol's 24-hour rolling statistics, kept in one bucket per minute so memory stays bounded.
 *
 * <p><b>The window</b>: the trades of the current minute (since its start, up to the engine's time)
 * and of the 1439 whole minutes before it — trades with time in
 * {@code [openTimeOf1m(now) − 1439 min, now]}, so between 23 h 59 min and 24 h long. The ticker's
 * {@code O} is the window's start, {@code C} the time asked for. Open is the price of the window's
 * first trade, high/low the extremes of its trades, {@code w = q / v} rounded half-up to the tick,
 * {@code P = (c − o) / o × 100} rounded half-up to 2 decimals. Last price and quantity are those of
 * the latest trade even if it left the window. A window without trades reports o = h = l = c = last
 * price, zero volumes and {@code F = L = -1}.
 */
final class RollingDay {

    static final int MINUTES = 1440;
    static final long MINUTE = 60_000L;

    // Confined to the market thread. Ring of minute buckets indexed by minute number mod 1440.
    private final long[] minuteOpen = new long[MINUTES];
    private final long[] open = new long[MINUTES];
    private final long[] high = new long[MINUTES];
    private final long[] low = new long[MINUTES];
    private final long[] close = new long[MINUTES];
    private final long[] volume = new long[MINUTES];
    private final long[] quote = new long[MINUTES];
    private final long[] count = new long[MINUTES];
    private final long[] firstId = new long[MINUTES];
    private final long[] lastId = new long[MINUTES];
    private long currentMinute;
    private long lastPrice;
    private long lastQty;
    // The whole minutes of the window, summed at each minute roll.
    private long pastOpen;
    private long pastHigh;
    private long pastLow;
    private long pastVolume;
    private long pastQuote;
    private long pastCount;
    private long pastFirstId;
    private long pastLastId;

    RollingDay(long currentMinute, long lastPrice, long lastQty) {
        this.currentMinute = currentMinute;
        this.lastPrice = lastPrice;
        this.lastQty = lastQty;
        java.util.Arrays.fill(minuteOpen, Long.MIN_VALUE);
        clear(slot(currentMinute), currentMinute);
    }

    private static int slot(long minute) {
        return (int) Math.floorMod(Math.floorDiv(minute, MINUTE), (long) MINUTES);
    }

    private void clear(int s, long minute) {
        minuteOpen[s] = minute;
        volume[s] = quote[s] = count[s] = 0;
        firstId[s] = lastId[s] = -1;
    }

    /** Fills a whole minute before the current one from made-up history; call {@link #refresh()} after. */
    void seedMinute(long minute, CandleAccumulator bar, long first, long last) {
        int s = slot(minute);
        minuteOpen[s] = minute;
        open[s] = bar.open;
        high[s] = bar.high;
        low[s] = bar.low;
        close[s] = bar.close;
        volume[s] = bar.volume;
        quote[s] = bar.quote;
        count[s] = bar.count;
        firstId[s] = first;
        lastId[s] = last;
    }

    void onTrade(long id, long price, long qty) {
        int s = slot(currentMinute);
        if (count[s] == 0) {
            open[s] = high[s] = low[s] = price;
            firstId[s] = id;
        } else {
            high[s] = Math.max(high[s], price);
            low[s] = Math.min(low[s], price);
        }
        close[s] = price;
        volume[s] += qty;
        quote[s] += price * qty;
        count[s]++;
        lastId[s] = id;
        lastPrice = price;
        lastQty = qty;
    }

    /** A new minute begins at {@code minute}: the oldest minute leaves the window. */
    void rollTo(long minute) {
        currentMinute = minute;
        clear(slot(minute), minute);
        refresh();
    }

    /** Re-sums the whole minutes of the window. */
    void refresh() {
        pastCount = pastVolume = pastQuote = 0;
        pastFirstId = pastLastId = -1;
        for (int k = MINUTES - 1; k >= 1; k--) {
            long m = currentMinute - k * MINUTE;
            int s = slot(m);
            if (minuteOpen[s] != m || count[s] == 0) {
                continue;
            }
            if (pastCount == 0) {
                pastOpen = open[s];
                pastHigh = high[s];
                pastLow = low[s];
                pastFirstId = firstId[s];
            } else {
                pastHigh = Math.max(pastHigh, high[s]);
                pastLow = Math.min(pastLow, low[s]);
            }
            pastVolume += volume[s];
            pastQuote += quote[s];
            pastCount += count[s];
            pastLastId = lastId[s];
        }
    }

    long windowStart() {
        return currentMinute - (MINUTES - 1) * MINUTE;
    }

    long lastPrice() {
        return lastPrice;
    }

    Ticker ticker(String symbol, Grid grid, long nowMillis) {
        int s = slot(currentMinute);
        long n = pastCount + count[s];
        long o;
        long h;
        long l;
        long first;
        long last;
        if (pastCount > 0) {
            o = pastOpen;
            h = count[s] > 0 ? Math.max(pastHigh, high[s]) : pastHigh;
            l = count[s] > 0 ? Math.min(pastLow, low[s]) : pastLow;
            first = pastFirstId;
            last = count[s] > 0 ? lastId[s] : pastLastId;
        } else if (count[s] > 0) {
            o = open[s];
            h = high[s];
            l = low[s];
            first = firstId[s];
            last = lastId[s];
        } else {
            o = h = l = lastPrice;
            first = last = -1;
        }
        long v = pastVolume + volume[s];
        long q = pastQuote + quote[s];
        long w = v == 0 ? lastPrice : BigDecimal.valueOf(q).divide(BigDecimal.valueOf(v), 0, RoundingMode.HALF_UP)
                .longValueExact();
        BigDecimal percent = BigDecimal.valueOf(lastPrice - o).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(o), 2, RoundingMode.HALF_UP);
        return new Ticker(Ticker.TYPE, nowMillis, symbol, grid.price(lastPrice - o), percent, grid.price(w),
                grid.price(lastPrice), grid.qty(lastQty), grid.price(o), grid.price(h), grid.price(l), grid.qty(v),
                grid.quote(q), windowStart(), nowMillis, first, last, n);
    }

    MiniTicker miniTicker(String symbol, Grid grid, long nowMillis) {
        Ticker t = ticker(symbol, grid, nowMillis);
        return new MiniTicker(MiniTicker.TYPE, nowMillis, symbol, t.lastPrice(), t.openPrice(), t.highPrice(),
                t.lowPrice(), t.baseVolume(), t.quoteVolume());
    }
}
