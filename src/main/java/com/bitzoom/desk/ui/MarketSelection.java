package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.Interval;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the trader is looking at: the selected symbol and the chart interval. Selecting a watchlist row
 * sets the symbol; everything else (chart, ladder, tape, header, subscriptions) follows it.
 *
 * <p>FX thread only.
 */
final class MarketSelection {

    private final ObjectProperty<String> symbol = new SimpleObjectProperty<>(this, "symbol");
    private final ObjectProperty<Interval> interval = new SimpleObjectProperty<>(this, "interval");

    MarketSelection(String symbol, Interval interval) {
        this.symbol.set(symbol);
        this.interval.set(interval);
    }

    ObjectProperty<String> symbolProperty() {
        return symbol;
    }

    String symbol() {
        return symbol.get();
    }

    ObjectProperty<Interval> intervalProperty() {
        return interval;
    }

    Interval interval() {
        return interval.get();
    }
}
