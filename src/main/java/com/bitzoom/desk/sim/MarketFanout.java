package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Trade;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hands each market event to every registered listener, in registration order. */
final class MarketFanout implements MarketListener {

    // Written by addListener (any thread, usually before the market runs), read on the market thread.
    private final List<MarketListener> listeners = new CopyOnWriteArrayList<>();

    void add(MarketListener listener) {
        listeners.add(listener);
    }

    /** No one listens: the engine then skips building event records. */
    boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void onTrade(Trade trade) {
        for (MarketListener l : listeners) {
            l.onTrade(trade);
        }
    }

    @Override
    public void onAggTrade(AggTrade aggTrade) {
        for (MarketListener l : listeners) {
            l.onAggTrade(aggTrade);
        }
    }

    @Override
    public void onKline(KlineEvent kline) {
        for (MarketListener l : listeners) {
            l.onKline(kline);
        }
    }
}
