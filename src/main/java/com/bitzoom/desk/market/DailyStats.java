package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A symbol's rolling 24-hour figures with the change since the window opened.
 *
 * @param change        {@code last - open}
 * @param changePercent {@code (last - open) / open * 100}, four decimals, half-even; zero when the
 *                      open is zero (a market that had no price 24 h ago): see {@link #changePercentKnown()}
 */
public record DailyStats(String symbol, long eventTime, BigDecimal last, BigDecimal open, BigDecimal high,
                         BigDecimal low, BigDecimal baseVolume, BigDecimal quoteVolume, BigDecimal change,
                         BigDecimal changePercent) {

    public static final int PERCENT_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static DailyStats of(MiniTicker t) {
        return of(t.symbol(), t.eventTime(), t.lastPrice(), t.openPrice(), t.highPrice(), t.lowPrice(),
                t.baseVolume(), t.quoteVolume());
    }

    /** From a full ticker: the change is recomputed from last and open, like for a mini-ticker. */
    public static DailyStats of(Ticker t) {
        return of(t.symbol(), t.eventTime(), t.lastPrice(), t.openPrice(), t.highPrice(), t.lowPrice(),
                t.baseVolume(), t.quoteVolume());
    }

    public static DailyStats of(String symbol, long eventTime, BigDecimal last, BigDecimal open, BigDecimal high,
                                BigDecimal low, BigDecimal baseVolume, BigDecimal quoteVolume) {
        BigDecimal change = last.subtract(open);
        BigDecimal percent = open.signum() == 0
                ? BigDecimal.ZERO.setScale(PERCENT_SCALE)
                : change.multiply(HUNDRED).divide(open, PERCENT_SCALE, RoundingMode.HALF_EVEN);
        return new DailyStats(symbol, eventTime, last, open, high, low, baseVolume, quoteVolume, change, percent);
    }

    /** False when the open is zero and no percentage can be given (show a dash, not 0 %). */
    public boolean changePercentKnown() {
        return open.signum() != 0;
    }

    /** The change in percent as a double, NaN when it is not known. */
    public double changePercentValue() {
        return changePercentKnown() ? changePercent.doubleValue() : Double.NaN;
    }

    /** The sign of the change: 1 up, -1 down, 0 unchanged (the watchlist's green / red). */
    public int direction() {
        return change.signum();
    }
}
