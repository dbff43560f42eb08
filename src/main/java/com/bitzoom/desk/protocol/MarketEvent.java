package com.bitzoom.desk.protocol;

/** A market-data event about one symbol. */
public interface MarketEvent {
    /** Upper-case symbol, e.g. {@code BTCUSDT}. */
    String symbol();
}
