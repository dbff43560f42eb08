package com.bitzoom.desk.market;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The account's changes since the last drain. Confined to the account's thread. */
final class ChangeLog {
    private boolean reloaded;
    private final Set<Long> orders = new HashSet<>();
    private final Set<String> positions = new HashSet<>();
    private final Set<String> balances = new HashSet<>();
    private final List<Order> finished = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();

    void reloaded() {
        reloaded = true;
    }

    void order(long orderId) {
        orders.add(orderId);
    }

    void position(String symbol) {
        positions.add(symbol);
    }

    void balance(String asset) {
        balances.add(asset);
    }

    void finished(Order order) {
        finished.add(order);
    }

    void fill(Fill fill) {
        fills.add(fill);
    }

    AccountChanges drain() {
        AccountChanges changes = new AccountChanges(reloaded, orders, positions, balances, finished, fills);
        reloaded = false;
        orders.clear();
        positions.clear();
        balances.clear();
        finished.clear();
        fills.clear();
        return changes;
    }
}
