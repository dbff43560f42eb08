package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The public trades of one symbol as the listener saw them, packed (time, price in ticks, quantity
 * in steps, id), and the candles and statistics recomputed from them — the reference the engine's
 * own aggregates are compared with.
 */
final class TradeLog {

    final Grid grid;
    private long[] time = new long[1024];
    private long[] price = new long[1024];
    private long[] qty = new long[1024];
    private long[] id = new long[1024];
    private int size;

    TradeLog(Grid grid) {
        this.grid = grid;
    }

    void add(Trade t) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            price = Arrays.copyOf(price, size * 2);
            qty = Arrays.copyOf(qty, size * 2);
            id = Arrays.copyOf(id, size * 2);
        }
        time[size] = t.tradeTime();
        price[size] = t.price().movePointRight(grid.tickScale()).longValueExact();
        qty[size] = t.quantity().movePointRight(grid.stepScale()).longValueExact();
        id[size] = t.tradeId();
        size++;
    }

    long time(int i) {
        return time[i];
    }

    long price(int i) {
        return price[i];
    }

    long qty(int i) {
        return qty[i];
    }

    /** Index of the trade with this id (ids are consecutive from the first logged one). */
    int indexOfId(long tradeId) {
        int i = (int) (tradeId - id[0]);
        if (i < 0 || i >= size || id[i] != tradeId) {
            throw new AssertionError("trade " + tradeId + " not in the log");
        }
        return i;
    }

    int size() {
        return size;
    }

    long lastPrice() {
        return price[size - 1];
    }

    /** Index of the first trade at or after {@code t}. */
    int firstAtOrAfter(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The candle of {@code [openTime, closeTime]} re-aggregated from the trades: open/close the first
     * and last trade, high/low their extremes, sums of quantity and price × quantity, the count; with no
     * trade, all four prices at {@code previousClose}.
     */
    CandleAccumulator aggregate(long openTime, long closeTime, long previousClose) {
        CandleAccumulator bar = new CandleAccumulator();
        bar.reset(previousClose);
        for (int i = firstAtOrAfter(openTime); i < size && time[i] <= closeTime; i++) {
            bar.addTrade(price[i], qty[i]);
        }
        return bar;
    }

    Candle candle(String symbol, Interval interval, long openTime, long previousClose, boolean closed) {
        return aggregate(openTime, interval.closeTimeOf(openTime), previousClose)
                .toCandle(symbol, grid, interval, openTime, closed);
    }

    /** Statistics of the trades in {@code [from, to]}: first id, last id, count, volume, quote, o/h/l/c. */
    record Window(long firstId, long lastId, long count, BigDecimal volume, BigDecimal quote,
                  BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    }

    Window window(long from, long to) {
        CandleAccumulator bar = aggregate(from, to, 0);
        int first = firstAtOrAfter(from);
        int end = firstAtOrAfter(to + 1);
        return new Window(id[first], id[end - 1], bar.count, grid.qty(bar.volume), grid.quote(bar.quote),
                grid.price(bar.open), grid.price(bar.high), grid.price(bar.low), grid.price(bar.close));
    }
}
