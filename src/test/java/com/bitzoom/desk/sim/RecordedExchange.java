package com.bitzoom.desk.sim;

/**
 * Starts an embedded exchange whose paper trading also tells {@code records} every user event it
 * emits — the exchange's own record of each order, for tests that hold a client's account to it.
 */
public final class RecordedExchange {

    private RecordedExchange() {
    }

    /** Like {@link Exchange#start(ExchangeOptions)}; {@code records} is called on the market thread. */
    public static Exchange start(ExchangeOptions options, UserEventListener records) {
        SimVenue venue = SimVenue.create(options.symbols(), options.seed(), options.speed(), System.currentTimeMillis());
        venue.paperTrading().addListener(records); // before start: no other thread touches it yet
        return Exchange.start(options, venue.market(), venue.paperTrading());
    }
}
