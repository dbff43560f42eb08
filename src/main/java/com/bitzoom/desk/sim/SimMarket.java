package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.util.List;

/**
 * The market engine as the exchange's server sees it: a seeded, living market that the server
 * drives forward in time and reads snapshots from. All methods are called from the server's single
 * market thread (the engine needs no locks of its own), except where noted.
 *
 * <p>Time is passed in, never read from a clock, so a simulated day can run in seconds in tests.
 */
public interface SimMarket {

    /** Every symbol, in a stable order. */
    List<SymbolSpec> symbols();

    boolean hasSymbol(String symbol);

    /**
     * Moves the market forward to {@code nowMillis}: generates the trades due since the last call
     * (Poisson arrivals), updates book, candles, statistics and mark price, and tells the listeners
     * about each trade, aggregated trade and kline change in time order.
     */
    void advanceTo(long nowMillis);

    void addListener(MarketListener listener);

    /** 24 h rolling statistics as of {@code nowMillis}. */
    Ticker ticker(String symbol, long nowMillis);

    MiniTicker miniTicker(String symbol, long nowMillis);

    /** Top {@code levels} of the book; {@code U}/{@code u} strictly increase from snapshot to snapshot. */
    DepthUpdate depth(String symbol, int levels, long nowMillis);

    MarkPrice markPrice(String symbol, long nowMillis);

    /** The candle open at {@code nowMillis} for this interval ({@code x = false}). */
    Candle currentCandle(String symbol, Interval interval, long nowMillis);

    /**
     * Kline history, oldest first, ending with the current (open) candle, consistent with what the
     * stream sent. {@code startTime}/{@code endTime} are optional bounds on open time (null = none);
     * at most {@code limit} candles, the newest ones when not bounded by start.
     */
    List<Candle> klines(String symbol, Interval interval, int limit, Long startTime, Long endTime);
}
