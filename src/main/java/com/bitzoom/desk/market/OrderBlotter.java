package com.bitzoom.desk.market;

import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trader's record of orders and fills: open orders by id, the history of finished orders and
 * the fills, both bounded. Rules are in {@link Account}'s class comment. Confined to the account's thread.
 */
final class OrderBlotter {
    private final int historyLimit;
    private final int fillLimit;

    private final Map<Long, Known> open = new LinkedHashMap<>();
    private final Map<Long, Order> history = new LinkedHashMap<>();
    private final ArrayDeque<Fill> fills = new ArrayDeque<>();
    private final Set<FillKey> fillKeys = new HashSet<>();

    /** An open order and the event time of the event that made it so (0 for a REST snapshot). */
    private record Known(Order order, long eventTime) {
    }

    private record FillKey(long orderId, long tradeId) {
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
        if (!fillKeys.add(new FillKey(o.orderId(), o.tradeId()))) {
            return Optional.empty();
        }
        Fill fill = new Fill(o.orderId(), o.tradeId(), o.tradeTime(), o.symbol(), o.side(), o.lastFilledPrice(),
                o.lastFilledQuantity(), AccountLoad.orZero(o.realizedProfit()));
        fills.addLast(fill);
        if (fills.size() > fillLimit) {
            Fill oldest = fills.removeFirst();
            fillKeys.remove(new FillKey(oldest.orderId(), oldest.tradeId()));
        }
        log.fill(fill);
        return Optional.of(fill);
    }

    /** Applies the order part of an event; returns whether the order's row or the history changed. */
    boolean applyOrder(OrderTradeUpdate event, ChangeLog log) {
        OrderTradeUpdate.Order o = event.order();
        long id = o.orderId();
        if (history.containsKey(id)) {
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
            history.remove(order.orderId()); // the exchange says it is open now
            open.put(order.orderId(), new Known(order, 0));
            Known was = before.remove(order.orderId());
            if (was == null || !was.order().equals(order)) {
                log.order(order.orderId());
            }
        }
        before.keySet().forEach(log::order);
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
        return List.copyOf(fills);
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
        history.put(order.orderId(), order);
        if (history.size() > historyLimit) {
            Long eldest = history.keySet().iterator().next();
            history.remove(eldest);
        }
        log.finished(order);
    }
}
