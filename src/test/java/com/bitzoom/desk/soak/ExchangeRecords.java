package com.bitzoom.desk.soak;

import com.bitzoom.desk.market.Order;
import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.sim.UserEventListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange's own record of the account's orders and fills: every user event paper trading
 * emitted, whether or not a client received it. Written on the exchange's market thread, read by
 * the test; every method is synchronized.
 */
final class ExchangeRecords implements UserEventListener {

    private final Map<Long, OrderTradeUpdate.Order> lastByOrder = new LinkedHashMap<>();
    private final List<Long> finished = new ArrayList<>(); // order ids in the order they finished
    private final Set<String> fills = new LinkedHashSet<>(); // "orderId/tradeId", in order
    private final Map<Long, Long> finishTimes = new java.util.HashMap<>(); // order id -> T of its final event
    private final Map<String, long[]> fillPlaces = new java.util.HashMap<>(); // "orderId/tradeId" -> {T, t}
    private long orderEvents;
    private long accountEvents;

    @Override
    public synchronized void onUserEvent(String account, StreamEvent event) {
        if (event instanceof OrderTradeUpdate u) {
            orderEvents++;
            OrderTradeUpdate.Order o = u.order();
            lastByOrder.put(o.orderId(), o);
            if ("TRADE".equals(o.executionType())) {
                fills.add(o.orderId() + "/" + o.tradeId());
                fillPlaces.put(o.orderId() + "/" + o.tradeId(), new long[] {o.tradeTime(), o.tradeId()});
            }
            if (Order.isTerminal(o.status())) {
                finished.add(o.orderId());
                finishTimes.put(o.orderId(), u.transactionTime());
            }
        } else if (event instanceof AccountUpdate) {
            accountEvents++;
        }
    }

    /** The last state the exchange reported for each order. */
    synchronized Map<Long, OrderTradeUpdate.Order> orders() {
        return new LinkedHashMap<>(lastByOrder);
    }

    /** The newest {@code n} finished orders, oldest first. */
    synchronized List<Long> lastFinished(int n) {
        return new ArrayList<>(finished.subList(Math.max(0, finished.size() - n), finished.size()));
    }

    /** The newest {@code n} finished orders by finish time (ties: in the order they finished), as a model keeps them. */
    synchronized List<Long> newestFinished(int n) {
        List<Long> byTime = new ArrayList<>(finished);
        byTime.sort(java.util.Comparator.comparingLong(finishTimes::get)); // stable
        return new ArrayList<>(byTime.subList(Math.max(0, byTime.size() - n), byTime.size()));
    }

    /** The newest {@code n} fills by time, then trade id, as a model keeps them. */
    synchronized List<String> newestFills(int n) {
        List<String> byTime = new ArrayList<>(fills);
        byTime.sort(java.util.Comparator.<String>comparingLong(k -> fillPlaces.get(k)[0])
                .thenComparingLong(k -> fillPlaces.get(k)[1]));
        return new ArrayList<>(byTime.subList(Math.max(0, byTime.size() - n), byTime.size()));
    }

    synchronized int finishedCount() {
        return finished.size();
    }

    /** Fills as "orderId/tradeId", in the order they happened. */
    synchronized List<String> fills() {
        return new ArrayList<>(fills);
    }

    synchronized long orderEvents() {
        return orderEvents;
    }

    synchronized long accountEvents() {
        return accountEvents;
    }
}
