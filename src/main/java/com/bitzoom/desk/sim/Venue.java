package com.bitzoom.desk.sim;

/** A market engine and its paper-trading accounts, made together because they share the order book. */
record Venue(SimMarket market, PaperTrading paperTrading) {

    static Venue create(ExchangeOptions options, long startMillis) {
        throw new UnsupportedOperationException("the market engine has not been merged yet");
    }
}
