package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.StreamEvent;
import java.util.ArrayList;
import java.util.List;

/** Records user events as they are emitted, with the account each was addressed to. */
final class UserEventLog implements UserEventListener {

    record Entry(String account, StreamEvent event) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void onUserEvent(String account, StreamEvent event) {
        entries.add(new Entry(account, event));
    }

    List<StreamEvent> events() {
        return entries.stream().map(Entry::event).toList();
    }

    OrderTradeUpdate.Order order(int index) {
        return ((OrderTradeUpdate) entries.get(index).event()).order();
    }

    AccountUpdate.Change account(int index) {
        return ((AccountUpdate) entries.get(index).event()).change();
    }

    /** Event kinds in order: "NEW", "TRADE/PARTIALLY_FILLED", "ACCOUNT/ORDER", ... */
    List<String> kinds() {
        return entries.stream().map(e -> e.event() instanceof OrderTradeUpdate u
                ? (u.order().executionType().equals("TRADE") ? "TRADE/" + u.order().status() : u.order().executionType())
                : "ACCOUNT/" + ((AccountUpdate) e.event()).change().reason()).toList();
    }

    void clear() {
        entries.clear();
    }
}
