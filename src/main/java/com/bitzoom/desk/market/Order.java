package com.bitzoom.desk.market;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One order as the account panel shows it, open or finished.
 *
 * @param time       when the order was created (or first seen, for an order first met mid-life)
 * @param updateTime the transaction time ({@code T}) of the latest change
 */
public record Order(long orderId, String clientOrderId, String symbol, String side, String type,
                    String timeInForce, BigDecimal price, BigDecimal quantity, BigDecimal filled,
                    BigDecimal avgPrice, String status, long time, long updateTime) {

    /** Statuses after which an order never changes again. */
    public static final Set<String> TERMINAL_STATUSES = Set.of("FILLED", "CANCELED", "EXPIRED", "EXPIRED_IN_MATCH",
            "REJECTED");

    public static boolean isTerminal(String status) {
        return TERMINAL_STATUSES.contains(status);
    }

    public boolean isTerminal() {
        return isTerminal(status);
    }

    /** Quantity still to fill. */
    public BigDecimal remaining() {
        return quantity.subtract(filled);
    }

    /**
     * How far an order's status has come, for ordering events with the same transaction time:
     * NEW, then partly filled, then finished.
     */
    static int progress(String status) {
        if ("NEW".equals(status)) {
            return 0;
        }
        if ("PARTIALLY_FILLED".equals(status)) {
            return 1;
        }
        return isTerminal(status) ? 2 : 0;
    }
}
