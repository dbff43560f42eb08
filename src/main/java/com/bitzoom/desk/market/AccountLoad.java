package com.bitzoom.desk.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * The account as REST reports it ({@code GET /api/v1/account}, {@code GET /api/v1/openOrders}, and
 * the account's recent record: {@code GET /api/v1/allOrders}, {@code GET /api/v1/userTrades}): the
 * initial load, and the reload after every user-stream reconnect. Component names follow the REST
 * field names, so JSON-B can bind the responses straight into these records.
 *
 * @param updateTime   the account snapshot's time; live events with an older transaction time are ignored after it
 * @param recentOrders the account's recent orders, open and finished, newest last: the finished ones
 *                     fill the history's gaps (orders that finished while the stream was down)
 * @param recentFills  the account's recent fills, newest last: the missing ones are added
 */
public record AccountLoad(List<Balance> balances, List<Position> positions, List<OpenOrder> openOrders,
                          long updateTime, List<OpenOrder> recentOrders, List<Fill> recentFills) {

    public AccountLoad {
        balances = List.copyOf(balances);
        positions = List.copyOf(positions);
        openOrders = List.copyOf(openOrders);
        recentOrders = List.copyOf(recentOrders);
        recentFills = List.copyOf(recentFills);
    }

    /** A load without the account's record of the past (history and fills are then kept as they are). */
    public AccountLoad(List<Balance> balances, List<Position> positions, List<OpenOrder> openOrders, long updateTime) {
        this(balances, positions, openOrders, updateTime, List.of(), List.of());
    }

    /**
     * A position as REST reports it.
     *
     * @param markPrice      may be null (then the mark price stream supplies it)
     * @param realizedProfit may be null (then the account keeps what it has)
     */
    public record Position(String symbol, BigDecimal positionAmt, BigDecimal entryPrice, BigDecimal markPrice,
                           BigDecimal unrealizedProfit, BigDecimal realizedProfit) {
    }

    /** An order as REST reports it (open orders, and the open and finished ones of the recent record). */
    public record OpenOrder(long orderId, String clientOrderId, String symbol, String side, String type,
                            String timeInForce, BigDecimal price, BigDecimal origQty, BigDecimal executedQty,
                            BigDecimal avgPrice, String status, long time, long updateTime) {

        Order toOrder() {
            return new Order(orderId, clientOrderId, symbol, side, type, timeInForce, orZero(price), orZero(origQty),
                    orZero(executedQty), orZero(avgPrice), status, time, updateTime);
        }
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
