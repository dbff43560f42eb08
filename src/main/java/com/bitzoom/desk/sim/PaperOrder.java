package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A paper order and how far it has filled. Confined to the market thread. */
final class PaperOrder {

    /** Average and entry prices carry this many digits beyond the tick. */
    static final int EXTRA_PRICE_DIGITS = 3;

    static final String NEW = "NEW";
    static final String PARTIALLY_FILLED = "PARTIALLY_FILLED";
    static final String FILLED = "FILLED";
    static final String CANCELED = "CANCELED";
    static final String EXPIRED = "EXPIRED";

    final long orderId;
    final String clientOrderId;
    final PaperAccount account;
    final String symbol;
    final Grid grid;
    final boolean buy;
    final boolean market;
    final String timeInForce;
    final long priceTicks;       // 0 for a market order
    final long quantity;         // steps
    final boolean reduceOnly;
    final long time;
    private long filled;
    private BigDecimal filledQuote = BigDecimal.ZERO;
    private String status = NEW;
    private long updateTime;
    private long marginSteps;    // steps of the resting part that open (not close) a position

    PaperOrder(long orderId, String clientOrderId, PaperAccount account, String symbol, Grid grid, boolean buy,
               boolean market, String timeInForce, long priceTicks, long quantity, boolean reduceOnly, long time) {
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.account = account;
        this.symbol = symbol;
        this.grid = grid;
        this.buy = buy;
        this.market = market;
        this.timeInForce = timeInForce;
        this.priceTicks = priceTicks;
        this.quantity = quantity;
        this.reduceOnly = reduceOnly;
        this.time = time;
        this.updateTime = time;
    }

    void recordFill(long steps, long fillPriceTicks, long when) {
        filled += steps;
        filledQuote = filledQuote.add(grid.price(fillPriceTicks).multiply(grid.qty(steps)));
        status = filled == quantity ? FILLED : PARTIALLY_FILLED;
        updateTime = when;
    }

    void finish(String finalStatus, long when) {
        status = finalStatus;
        updateTime = when;
    }

    boolean isOpen() {
        return NEW.equals(status) || PARTIALLY_FILLED.equals(status);
    }

    long remaining() {
        return quantity - filled;
    }

    long filled() {
        return filled;
    }

    String status() {
        return status;
    }

    long updateTime() {
        return updateTime;
    }

    String side() {
        return buy ? "BUY" : "SELL";
    }

    String type() {
        return market ? "MARKET" : "LIMIT";
    }

    void reserveMargin(long steps) {
        marginSteps = steps;
    }

    /** Initial margin held for the resting, position-opening part. */
    BigDecimal reservedMargin(BigDecimal leverage) {
        long steps = Math.min(marginSteps, remaining());
        if (steps <= 0 || !isOpen()) {
            return BigDecimal.ZERO;
        }
        return grid.price(priceTicks).multiply(grid.qty(steps)).divide(leverage);
    }

    BigDecimal price() {
        return market ? BigDecimal.ZERO : grid.price(priceTicks);
    }

    BigDecimal averagePrice() {
        if (filled == 0) {
            return BigDecimal.ZERO;
        }
        return filledQuote.divide(grid.qty(filled), grid.tickScale() + EXTRA_PRICE_DIGITS, RoundingMode.HALF_UP);
    }

    SimOrder toSimOrder() {
        return new SimOrder(orderId, clientOrderId, symbol, side(), type(), timeInForce, price(), grid.qty(quantity),
                grid.qty(filled), averagePrice(), status, reduceOnly, time, updateTime);
    }
}
