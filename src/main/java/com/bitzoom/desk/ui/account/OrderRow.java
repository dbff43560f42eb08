package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Order;
import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One row of the Open Orders or Order History table: a stable object per order id whose properties
 * change in place.
 *
 * <p>FX thread only.
 */
public final class OrderRow {

    private final long orderId;
    private final String clientOrderId;
    private final String symbol;
    private final String side;
    private final String type;
    private final String timeInForce;
    private final long time;
    private final ReadOnlyObjectWrapper<BigDecimal> price = new ReadOnlyObjectWrapper<>(this, "price");
    private final ReadOnlyObjectWrapper<BigDecimal> quantity = new ReadOnlyObjectWrapper<>(this, "quantity");
    private final ReadOnlyObjectWrapper<BigDecimal> filled = new ReadOnlyObjectWrapper<>(this, "filled");
    private final ReadOnlyObjectWrapper<BigDecimal> averagePrice = new ReadOnlyObjectWrapper<>(this, "averagePrice");
    private final ReadOnlyObjectWrapper<String> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Long> updateTime = new ReadOnlyObjectWrapper<>(this, "updateTime");
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");

    OrderRow(Order o) {
        this.orderId = o.orderId();
        this.clientOrderId = o.clientOrderId();
        this.symbol = o.symbol();
        this.side = o.side();
        this.type = o.type();
        this.timeInForce = o.timeInForce();
        this.time = o.time();
        update(o);
    }

    void update(Order o) {
        Rows.set(price, o.price());
        Rows.set(quantity, o.quantity());
        Rows.set(filled, o.filled());
        Rows.set(averagePrice, o.avgPrice());
        Rows.set(status, o.status());
        Rows.set(updateTime, o.updateTime());
    }

    public long orderId() {
        return orderId;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    public String symbol() {
        return symbol;
    }

    public String side() {
        return side;
    }

    public String type() {
        return type;
    }

    public String timeInForce() {
        return timeInForce;
    }

    /** When the order was created (or first seen). */
    public long time() {
        return time;
    }

    /** The limit price; zero for a market order. */
    public ReadOnlyObjectProperty<BigDecimal> priceProperty() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> quantityProperty() {
        return quantity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> filledProperty() {
        return filled.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> averagePriceProperty() {
        return averagePrice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** When the order last changed (finished, for a row of the history). */
    public ReadOnlyObjectProperty<Long> updateTimeProperty() {
        return updateTime.getReadOnlyProperty();
    }

    /** True while a Cancel for this order is on its way. */
    BooleanProperty cancellingProperty() {
        return cancelling;
    }

    @Override
    public String toString() {
        return "OrderRow[" + orderId + " " + symbol + " " + side + " " + type + " " + quantity.get() + " @ " + price.get()
                + " " + status.get() + "]";
    }
}
