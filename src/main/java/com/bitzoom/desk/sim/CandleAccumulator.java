package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;

/**
 * Open, high, low, close (ticks), volume (steps), quote volume (tick·step units) and trade count of
 * one candle being built. With no trade yet it stands at the previous close (o = h = l = c); the
 * first trade sets all four, later ones widen high/low and move the close.
 */
final class CandleAccumulator {

    // Confined to the market thread.
    long open;
    long high;
    long low;
    long close;
    long volume;
    long quote;
    long count;

    /** Starts an empty candle at the previous close. */
    void reset(long previousClose) {
        open = high = low = close = previousClose;
        volume = quote = count = 0;
    }

    void copyOf(CandleAccumulator other) {
        open = other.open;
        high = other.high;
        low = other.low;
        close = other.close;
        volume = other.volume;
        quote = other.quote;
        count = other.count;
    }

    void addTrade(long price, long qty) {
        if (count == 0) {
            open = high = low = price;
        } else {
            high = Math.max(high, price);
            low = Math.min(low, price);
        }
        close = price;
        volume += qty;
        quote += price * qty;
        count++;
    }

    /** Merges a later, shorter candle into this one; a candle without trades changes nothing. */
    void addCandle(long o, long h, long l, long c, long v, long q, long n) {
        if (n == 0) {
            return;
        }
        if (count == 0) {
            open = o;
            high = h;
            low = l;
        } else {
            high = Math.max(high, h);
            low = Math.min(low, l);
        }
        close = c;
        volume += v;
        quote += q;
        count += n;
    }

    void addCandle(CandleAccumulator later) {
        addCandle(later.open, later.high, later.low, later.close, later.volume, later.quote, later.count);
    }

    Candle toCandle(String symbol, Grid grid, Interval interval, long openTime, boolean closed) {
        return new Candle(openTime, interval.closeTimeOf(openTime), symbol, interval, grid.price(open),
                grid.price(close), grid.price(high), grid.price(low), grid.qty(volume), count, closed,
                grid.quote(quote));
    }
}
