package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Position;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One row of the Positions table: a stable object per symbol whose properties change in place, so the
 * table repaints only the cells whose value changed.
 *
 * <p>FX thread only.
 */
public final class PositionRow {

    private final String symbol;
    private final ReadOnlyObjectWrapper<String> side = new ReadOnlyObjectWrapper<>(this, "side");
    private final ReadOnlyObjectWrapper<BigDecimal> amount = new ReadOnlyObjectWrapper<>(this, "amount");
    private final ReadOnlyObjectWrapper<BigDecimal> size = new ReadOnlyObjectWrapper<>(this, "size");
    private final ReadOnlyObjectWrapper<BigDecimal> entryPrice = new ReadOnlyObjectWrapper<>(this, "entryPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> markPrice = new ReadOnlyObjectWrapper<>(this, "markPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> unrealizedPnl = new ReadOnlyObjectWrapper<>(this, "unrealizedPnl");
    private final ReadOnlyObjectWrapper<BigDecimal> roePercent = new ReadOnlyObjectWrapper<>(this, "roePercent");
    private final ReadOnlyObjectWrapper<BigDecimal> realizedPnl = new ReadOnlyObjectWrapper<>(this, "realizedPnl");
    private final BooleanProperty closing = new SimpleBooleanProperty(this, "closing");

    PositionRow(Position p) {
        this.symbol = p.symbol();
        update(p);
    }

    void update(Position p) {
        Rows.set(side, p.side());
        Rows.set(amount, p.amount());
        Rows.set(size, p.amount().abs());
        Rows.set(entryPrice, p.entryPrice());
        Rows.set(markPrice, p.markPrice());
        Rows.set(unrealizedPnl, p.unrealizedPnl());
        Rows.set(roePercent, p.roePercent());
        Rows.set(realizedPnl, p.realizedPnl());
    }

    public String symbol() {
        return symbol;
    }

    public ReadOnlyObjectProperty<String> sideProperty() {
        return side.getReadOnlyProperty();
    }

    /** Signed: negative for a short. */
    public ReadOnlyObjectProperty<BigDecimal> amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> entryPriceProperty() {
        return entryPrice.getReadOnlyProperty();
    }

    /** Null until a mark price is known. */
    public ReadOnlyObjectProperty<BigDecimal> markPriceProperty() {
        return markPrice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> unrealizedPnlProperty() {
        return unrealizedPnl.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> roePercentProperty() {
        return roePercent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> realizedPnlProperty() {
        return realizedPnl.getReadOnlyProperty();
    }

    /** True while a Close order for this row is on its way (the button stays disabled). */
    BooleanProperty closingProperty() {
        return closing;
    }

    @Override
    public String toString() {
        return "PositionRow[" + symbol + " " + amount.get() + " @ " + entryPrice.get() + "]";
    }
}
