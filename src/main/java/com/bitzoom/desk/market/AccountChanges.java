package com.bitzoom.desk.market;

import java.util.List;
import java.util.Set;

/**
 * What changed in an {@link Account} since the previous {@link Account#drainChanges()}, so the
 * panel updates only those rows.
 *
 * @param reloaded       the account was reloaded from a snapshot (rows may have vanished)
 * @param orders         ids whose open-order row appeared, changed or went away (look it up:
 *                       {@link Account#openOrder(long)} is empty for a row to remove)
 * @param positions      symbols whose position row appeared, changed or went away
 * @param balances       assets whose balance changed
 * @param finishedOrders orders that moved to the history, in the order they finished
 * @param newFills       fills recorded, in the order they arrived
 */
public record AccountChanges(boolean reloaded, Set<Long> orders, Set<String> positions, Set<String> balances,
                             List<Order> finishedOrders, List<Fill> newFills) {

    public AccountChanges {
        orders = Set.copyOf(orders);
        positions = Set.copyOf(positions);
        balances = Set.copyOf(balances);
        finishedOrders = List.copyOf(finishedOrders);
        newFills = List.copyOf(newFills);
    }

    public boolean isEmpty() {
        return !reloaded && orders.isEmpty() && positions.isEmpty() && balances.isEmpty()
                && finishedOrders.isEmpty() && newFills.isEmpty();
    }
}
