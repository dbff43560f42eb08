package com.bitzoom.desk.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The resting paper limit orders of one symbol, all accounts together, in price-time priority.
 * A public trade at price p fills resting buys priced at or above p and resting sells at or below
 * p, best price first, oldest first at a price; each side shares at most the trade's quantity.
 * Confined to the market thread.
 */
final class RestingOrders {

    /** An order's share of one public trade. */
    record Match(PaperOrder order, long steps) {
    }

    private final NavigableMap<Long, ArrayDeque<PaperOrder>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<Long, ArrayDeque<PaperOrder>> asks = new TreeMap<>();

    void add(PaperOrder order) {
        (order.buy ? bids : asks).computeIfAbsent(order.priceTicks, p -> new ArrayDeque<>()).addLast(order);
    }

    void remove(PaperOrder order) {
        NavigableMap<Long, ArrayDeque<PaperOrder>> side = order.buy ? bids : asks;
        ArrayDeque<PaperOrder> level = side.get(order.priceTicks);
        if (level != null && level.remove(order) && level.isEmpty()) {
            side.remove(order.priceTicks);
        }
    }

    boolean isEmpty() {
        return bids.isEmpty() && asks.isEmpty();
    }

    /** The shares of a public trade, in priority order; nothing is changed here. */
    List<Match> match(long priceTicks, long steps) {
        if (isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        collect(bids.headMap(priceTicks, true), steps, matches);   // reverse order: keys ≥ price
        collect(asks.headMap(priceTicks, true), steps, matches);   // keys ≤ price
        return matches;
    }

    private static void collect(Map<Long, ArrayDeque<PaperOrder>> levels, long budget, List<Match> out) {
        long left = budget;
        for (Iterator<ArrayDeque<PaperOrder>> it = levels.values().iterator(); it.hasNext() && left > 0; ) {
            for (PaperOrder order : it.next()) {
                if (left == 0) {
                    break;
                }
                long take = Math.min(left, order.remaining());
                if (take > 0) {
                    out.add(new Match(order, take));
                    left -= take;
                }
            }
        }
    }
}
