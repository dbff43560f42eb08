package com.bitzoom.desk.sim;

import java.util.List;

/**
 * Paper-trading accounts of the embedded exchange: USDT-margined perpetuals, one-way positions.
 * An account is named by its bearer token; any non-empty token is an account that starts with
 * 10,000 USDT. Called from the server's market thread (the same thread as {@link SimMarket}).
 */
public interface PaperTrading {

    /**
     * Places an order; market orders fill at once by walking the book, limit orders rest and fill
     * when the market trades through their price, IOC remainders expire.
     *
     * @throws OrderRejectedException with a clear message for bad orders; the account is unchanged then
     */
    SimOrder place(String account, OrderRequest request, long nowMillis);

    /** Cancels by order id, or by client order id when {@code orderId} is null. */
    SimOrder cancel(String account, String symbol, Long orderId, String clientOrderId, long nowMillis);

    /** Cancels every open order of the symbol (all symbols when null); returns what was cancelled. */
    List<SimOrder> cancelAll(String account, String symbol, long nowMillis);

    List<SimOrder> openOrders(String account, String symbol);

    AccountSnapshot account(String account, long nowMillis);

    /**
     * The account's orders, open and finished (the last {@value PaperAccounts#KEPT_FINISHED_ORDERS}
     * finished ones are kept), of the symbol (all when null), by update time, newest last. With
     * {@code startTime}: the first {@code limit} updated at or after it; without: the newest {@code limit}.
     */
    List<SimOrder> allOrders(String account, String symbol, Long startTime, int limit);

    /**
     * The account's fills (the last {@value PaperAccounts#KEPT_FILLS} are kept), of the symbol (all
     * when null), newest last. With {@code startTime}: the first {@code limit} at or after it;
     * without: the newest {@code limit}.
     */
    List<SimFill> userTrades(String account, String symbol, Long startTime, int limit);

    /** Receives every ORDER_TRADE_UPDATE and ACCOUNT_UPDATE, addressed to an account. */
    void addListener(UserEventListener listener);
}
