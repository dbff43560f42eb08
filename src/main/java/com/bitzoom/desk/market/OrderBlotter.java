package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trader's record of orders and fills: open orders by id, the history of finished orders and
 * the fills, both bounded. Rules are in {@link Account}'s class comment. Confined to the account's thread.
 */
final class OrderBlotter {
    private final int historyLimit;
    private final int fillLimit;

    private final Map<Long, Known> open = new LinkedHashMap<>();
    // History and fills are kept in time order, not arrival order: a record a reload recovers late
    // takes its place by time, so the bound always keeps the newest and drops the oldest.
    private final Map<Long, Slot> historyIds = new HashMap<>();
    private final TreeMap<Slot, Order> history = new TreeMap<>();
    private final TreeMap<FillKey, Fill> fills = new TreeMap<>();
    private final Map<FillId, FillKey> fillIds = new HashMap<>(); // a fill is the same whatever time it reports
    private long arrivals; // ties in time keep the order of arrival

    /** An open order and the event time of the event that made it so (0 for a REST snapshot). */
    private record Known(Order order, long eventTime) {
    }

    /** A finished order's place in the history: finish time, then arrival. */
    private record Slot(long time, long arrival) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(arrival, o.arrival);
        }
    }

    private record FillId(long orderId, long tradeId) {
    }

    /** A fill's place: by time, then trade id, then order id. */
    private record FillKey(long time, long tradeId, long orderId) implements Comparable<FillKey> {
        static FillKey of(Fill f) {
            return new FillKey(f.time(), f.tradeId(), f.orderId());
        }

        @Override
        public int compareTo(FillKey o) {
            if (time != o.time) {
                return Long.compare(time, o.time);
            }
            return tradeId != o.tradeId ? Long.compare(tradeId, o.tradeId) : Long.compare(orderId, o.orderId);
        }
    }


    OrderBlotter(int historyLimit, int fillLimit) {
        if (historyLimit < 1 || fillLimit < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.historyLimit = historyLimit;
        this.fillLimit = fillLimit;
    }

    /** Records the fill an event reports, unless it is not a trade or already recorded. */
    Optional<Fill> recordFill(OrderTradeUpdate event, ChangeLog log) {
        OrderTradeUpdate.Order o = event.order();
        if (!"TRADE".equals(o.executionType())) {
            return Optional.empty();
        }
        Fill fill = new Fill(o.orderId(), o.tradeId(), o.tradeTime(), o.symbol(), o.side(), o.lastFilledPrice(),
                o.lastFilledQuantity(), AccountLoad.orZero(o.realizedProfit()));
        return add(fill, log) ? Optional.of(fill) : Optional.empty();
    }

    /** Adds a fill in its place by time unless known, or older than the oldest of a full list; the oldest goes. */
    private boolean add(Fill fill, ChangeLog log) {
        FillKey key = FillKey.of(fill);
        FillId id = new FillId(fill.orderId(), fill.tradeId());
        if (fillIds.containsKey(id) || (fills.size() >= fillLimit && key.compareTo(fills.firstKey()) < 0)) {
            return false;
        }
        fills.put(key, fill);
        fillIds.put(id, key);
        if (fills.size() > fillLimit) {
            Fill oldest = fills.pollFirstEntry().getValue();
            fillIds.remove(new FillId(oldest.orderId(), oldest.tradeId()));
        }
        log.fill(fill);
        return true;
    }

    /** Applies the order part of an event; returns whether the order's row or the history changed. */
    boolean applyOrder(OrderTradeUpdate event, ChangeLog log) {
        OrderTradeUpdate.Order o = event.order();
        long id = o.orderId();
        if (historyIds.containsKey(id)) {
            return false; // finished is final
        }
        Known known = open.get(id);
        if (known != null && isOlder(event, known)) {
            return false;
        }
        Order next = new Order(id, o.clientOrderId(), o.symbol(), o.side(), o.type(), o.timeInForce(), o.price(),
                o.quantity(), o.filledQuantity(), o.averagePrice(), o.status(),
                known != null ? known.order().time() : event.transactionTime(), event.transactionTime());
        if (next.isTerminal()) {
            if (known != null) {
                open.remove(id);
                log.order(id);
            }
            finish(next, log);
            return true;
        }
        open.put(id, new Known(next, event.eventTime()));
        if (known != null && known.order().equals(next)) {
            return false;
        }
        log.order(id);
        return true;
    }

    /**
     * Replaces the open orders with a snapshot. Orders no longer open are dropped without a guess
     * at how they ended (their events were lost while disconnected); history and fills stay.
     */
    void reload(List<AccountLoad.OpenOrder> snapshot, ChangeLog log) {
        Map<Long, Known> before = new LinkedHashMap<>(open);
        open.clear();
        for (AccountLoad.OpenOrder o : snapshot) {
            Order order = o.toOrder();
            Slot finished = historyIds.remove(order.orderId()); // the exchange says it is open now
            if (finished != null) {
                history.remove(finished);
            }
            open.put(order.orderId(), new Known(order, 0));
            Known was = before.remove(order.orderId());
            if (was == null || !was.order().equals(order)) {
                log.order(order.orderId());
            }
        }
        before.keySet().forEach(log::order);
    }

    /**
     * Merges the exchange's recent record: each finished order not in the history goes there with the
     * exchange's final status, filled quantity and average price (and leaves the open orders, if the
     * open snapshot was taken before it finished); each fill not recorded is added. Nothing is
     * duplicated (orders by id, fills by order and trade id), so merging twice changes nothing.
     * When a list is full, a record older than its oldest entry stays out: it had fallen off.
     * Open orders of the record are left to the open snapshot and the live events.
     *
     * @return the fills added, in the record's order
     */
    List<Fill> merge(List<AccountLoad.OpenOrder> recentOrders, List<Fill> recentFills, ChangeLog log) {
        for (AccountLoad.OpenOrder o : recentOrders) {
            if (!Order.isTerminal(o.status()) || historyIds.containsKey(o.orderId())) {
                continue;
            }
            if (history.size() >= historyLimit && o.updateTime() < history.firstKey().time()) {
                continue;
            }
            if (open.remove(o.orderId()) != null) {
                log.order(o.orderId());
            }
            finish(o.toOrder(), log);
        }
        List<Fill> added = new ArrayList<>();
        for (Fill f : recentFills) {
            if (add(f, log)) {
                added.add(f);
            }
        }
        return added;
    }

    Collection<Order> openOrders() {
        List<Order> orders = new ArrayList<>(open.size());
        open.values().forEach(k -> orders.add(k.order()));
        return Collections.unmodifiableList(orders);
    }

    Optional<Order> openOrder(long orderId) {
        Known known = open.get(orderId);
        return known == null ? Optional.empty() : Optional.of(known.order());
    }

    List<Order> history() {
        return List.copyOf(history.values());
    }

    List<Fill> fills() {
        return List.copyOf(fills.values());
    }

    /**
     * Older means: an earlier transaction time; at the same time, less filled or an earlier status
     * (both only move forward in an order's life, so they order events stamped in the same
     * millisecond); then an earlier event time. An equal event is not older: re-applying it is a no-op.
     */
    private static boolean isOlder(OrderTradeUpdate event, Known known) {
        Order k = known.order();
        if (event.transactionTime() != k.updateTime()) {
            return event.transactionTime() < k.updateTime();
        }
        int filled = event.order().filledQuantity().compareTo(k.filled());
        if (filled != 0) {
            return filled < 0;
        }
        int progress = Integer.compare(Order.progress(event.order().status()), Order.progress(k.status()));
        if (progress != 0) {
            return progress < 0;
        }
        return event.eventTime() < known.eventTime();
    }

    private void finish(Order order, ChangeLog log) {
        Slot slot = new Slot(order.updateTime(), ++arrivals);
        historyIds.put(order.orderId(), slot);
        history.put(slot, order);
        if (history.size() > historyLimit) {
            Order oldest = history.pollFirstEntry().getValue();
            historyIds.remove(oldest.orderId());
        }
        log.finished(order);
    }
}
