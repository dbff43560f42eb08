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
            }
            if (Order.isTerminal(o.status())) {
                finished.add(o.orderId());
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
