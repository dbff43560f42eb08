package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.MiniTicker;
import java.math.BigDecimal;
import com.bitzoom.desk.market.DailyStats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One watchlist row: a stable object whose properties change in place on every mini-ticker, so the
 * table never rebuilds its list per tick.
 *
 * <p>FX thread only.
 */
final class WatchlistRow {

    /** The last price with the direction of its latest change; {@code seq} grows on every change (flash trigger). */
    record LastPrice(BigDecimal price, int direction, long seq) implements Comparable<LastPrice> {
        @Override
        public int compareTo(LastPrice o) {
            return price.compareTo(o.price);
        }
    }

    private final String symbol;
    private final com.bitzoom.desk.market.WatchlistRow state; // the plain-Java row: ordering, tick direction
    private final ReadOnlyObjectWrapper<LastPrice> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final ReadOnlyObjectWrapper<BigDecimal> changePercent = new ReadOnlyObjectWrapper<>(this, "changePercent");
    private final ReadOnlyObjectWrapper<BigDecimal> high = new ReadOnlyObjectWrapper<>(this, "high");
    private final ReadOnlyObjectWrapper<BigDecimal> low = new ReadOnlyObjectWrapper<>(this, "low");
    private final ReadOnlyObjectWrapper<BigDecimal> baseVolume = new ReadOnlyObjectWrapper<>(this, "baseVolume");
    private final ReadOnlyObjectWrapper<BigDecimal> quoteVolume = new ReadOnlyObjectWrapper<>(this, "quoteVolume");
    private long seq;

    WatchlistRow(String symbol) {
        this.symbol = symbol;
        this.state = new com.bitzoom.desk.market.WatchlistRow(symbol);
    }

    String symbol() {
        return symbol;
    }

    /** Applies a mini-ticker (an older one than shown is ignored by the row state). */
    void apply(MiniTicker t) {
        if (!state.apply(t)) {
            return;
        }
        DailyStats s = state.stats().orElseThrow();
        LastPrice previous = last.get();
        if (previous == null || previous.price().compareTo(s.last()) != 0) {
            int direction = switch (state.tick()) {
                case UP -> 1;
                case DOWN -> -1;
                case UNCHANGED -> 0;
            };
            last.set(new LastPrice(s.last(), direction, ++seq));
        }
        setIfChanged(changePercent, s.changePercentKnown() ? s.changePercent() : null);
        setIfChanged(high, s.high());
        setIfChanged(low, s.low());
        setIfChanged(baseVolume, s.baseVolume());
        setIfChanged(quoteVolume, s.quoteVolume());
    }

    /** The latest 24 h figures, empty before the first mini-ticker. */
    java.util.Optional<DailyStats> stats() {
        return state.stats();
    }

    private static void setIfChanged(ReadOnlyObjectWrapper<BigDecimal> p, BigDecimal v) {
        BigDecimal old = p.get();
        // compareTo, not equals: "1.50" and "1.5" are the same number, and a repaint costs.
        if (old == null || v == null || old.compareTo(v) != 0) {
            p.set(v);
        }
    }

    ReadOnlyObjectProperty<LastPrice> lastProperty() {
        return last.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> changePercentProperty() {
        return changePercent.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> highProperty() {
        return high.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> lowProperty() {
        return low.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> baseVolumeProperty() {
        return baseVolume.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BigDecimal> quoteVolumeProperty() {
        return quoteVolume.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
