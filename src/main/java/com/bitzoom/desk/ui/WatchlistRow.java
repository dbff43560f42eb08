package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.MiniTicker;
import java.math.BigDecimal;
import java.math.MathContext;
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
    private final ReadOnlyObjectWrapper<LastPrice> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final ReadOnlyObjectWrapper<BigDecimal> changePercent = new ReadOnlyObjectWrapper<>(this, "changePercent");
    private final ReadOnlyObjectWrapper<BigDecimal> high = new ReadOnlyObjectWrapper<>(this, "high");
    private final ReadOnlyObjectWrapper<BigDecimal> low = new ReadOnlyObjectWrapper<>(this, "low");
    private final ReadOnlyObjectWrapper<BigDecimal> baseVolume = new ReadOnlyObjectWrapper<>(this, "baseVolume");
    private final ReadOnlyObjectWrapper<BigDecimal> quoteVolume = new ReadOnlyObjectWrapper<>(this, "quoteVolume");
    private long seq;

    WatchlistRow(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    void apply(MiniTicker t) {
        LastPrice previous = last.get();
        BigDecimal price = t.lastPrice();
        if (previous == null || previous.price().compareTo(price) != 0) {
            int direction = previous == null ? 0 : Integer.signum(price.compareTo(previous.price()));
            last.set(new LastPrice(price, direction, ++seq));
        }
        setIfChanged(changePercent, changePercent(t.openPrice(), price));
        setIfChanged(high, t.highPrice());
        setIfChanged(low, t.lowPrice());
        setIfChanged(baseVolume, t.baseVolume());
        setIfChanged(quoteVolume, t.quoteVolume());
    }

    /** (c − o) / o in percent; null when the open is zero (no trade in 24 h). */
    static BigDecimal changePercent(BigDecimal open, BigDecimal close) {
        if (open == null || close == null || open.signum() == 0) {
            return null;
        }
        return close.subtract(open).multiply(BigDecimal.valueOf(100)).divide(open, MathContext.DECIMAL64);
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
