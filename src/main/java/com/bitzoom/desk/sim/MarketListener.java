package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Trade;

/** Told of every market change as {@link SimMarket#advanceTo} produces it, on the market thread. */
public interface MarketListener {

    void onTrade(Trade trade);

    /** Trades of the same time, price and side, aggregated; sent once the aggregate is complete. */
    void onAggTrade(AggTrade aggTrade);

    /** A candle changed (one event per interval per trade), or closed ({@code x = true}, exactly once). */
    void onKline(KlineEvent kline);
}
