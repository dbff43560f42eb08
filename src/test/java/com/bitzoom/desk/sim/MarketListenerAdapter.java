package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Trade;

/** A listener that ignores everything; tests override what they watch. */
class MarketListenerAdapter implements MarketListener {
    @Override
    public void onTrade(Trade trade) {
    }

    @Override
    public void onAggTrade(AggTrade aggTrade) {
    }

    @Override
    public void onKline(KlineEvent kline) {
    }
}
