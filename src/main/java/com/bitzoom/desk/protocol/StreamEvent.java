package com.bitzoom.desk.protocol;

/** An event pushed by the exchange on a market or user data stream. */
public sealed interface StreamEvent extends Decoded
        permits Ticker, MiniTicker, AllMarketTickers, DepthUpdate, KlineEvent, Trade, AggTrade, MarkPrice,
        AccountUpdate, OrderTradeUpdate, ListenKeyExpired {

    /** The event type as on the wire ({@code e}), e.g. {@code "trade"}. */
    String eventType();

    /** Event time ({@code E}), epoch millis. */
    long eventTime();
}
