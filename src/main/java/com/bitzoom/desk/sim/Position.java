package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One account's one-way position in one USDT-margined perpetual. Tracked as the signed amount and
 * its cost basis (Σ entry price × quantity of what is still open), so the entry price is exact on
 * increases; a reduce takes the pro-rata share of the cost and realizes the difference. Money
 * amounts are rounded half-up to 8 decimals where they leave this class.
 */
final class Position {

    static final int MONEY_SCALE = 8;
    private static final int COST_SCALE = 16;

    // Confined to the market thread.
    private final Grid grid;
    private long amount;                        // steps; negative for a short
    private BigDecimal cost = BigDecimal.ZERO;  // quote, of the open amount
    private BigDecimal realizedTotal = BigDecimal.ZERO.setScale(MONEY_SCALE);

    Position(Grid grid) {
        this.grid = grid;
    }

    long amount() {
        return amount;
    }

    /** Steps an order of this side can close without opening the other way. */
    long closable(boolean buy) {
        return buy ? Math.max(0, -amount) : Math.max(0, amount);
    }

    /** Applies a fill; returns the realized profit of the part that reduced the position. */
    BigDecimal fill(boolean buy, long steps, long priceTicks) {
        BigDecimal price = grid.price(priceTicks);
        long closing = Math.min(steps, closable(buy));
        BigDecimal realized = BigDecimal.ZERO.setScale(MONEY_SCALE);
        if (closing > 0) {
            long open = Math.abs(amount);
            BigDecimal share = closing == open ? cost
                    : cost.multiply(BigDecimal.valueOf(closing)).divide(BigDecimal.valueOf(open), COST_SCALE,
                    RoundingMode.HALF_UP);
            BigDecimal proceeds = price.multiply(grid.qty(closing));
            BigDecimal pnl = amount > 0 ? proceeds.subtract(share) : share.subtract(proceeds);
            realized = pnl.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
            cost = closing == open ? BigDecimal.ZERO : cost.subtract(share);
            amount += buy ? closing : -closing;
            realizedTotal = realizedTotal.add(realized);
        }
        long opening = steps - closing;
        if (opening > 0) {
            cost = cost.add(price.multiply(grid.qty(opening)));
            amount += buy ? opening : -opening;
        }
        return realized;
    }

    BigDecimal amountQty() {
        return grid.qty(amount);
    }

    BigDecimal entryPrice() {
        if (amount == 0) {
            return BigDecimal.ZERO;
        }
        return cost.divide(grid.qty(Math.abs(amount)), grid.tickScale() + PaperOrder.EXTRA_PRICE_DIGITS,
                RoundingMode.HALF_UP);
    }

    BigDecimal unrealized(BigDecimal markPrice) {
        BigDecimal value = markPrice.multiply(grid.qty(Math.abs(amount)));
        BigDecimal pnl = amount >= 0 ? value.subtract(cost) : cost.subtract(value);
        return pnl.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** Value at the mark price, unsigned. */
    BigDecimal notional(BigDecimal markPrice) {
        return markPrice.multiply(grid.qty(Math.abs(amount)));
    }

    BigDecimal realizedTotal() {
        return realizedTotal;
    }
}
