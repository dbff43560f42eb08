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
        long now = System.currentTimeMillis();
        return Exchange.start(options, () -> {
            SimVenue venue = SimVenue.create(options.symbols(), options.seed(), options.speed(), now);
            venue.paperTrading().addListener(records); // on the market thread, before any order
            return venue;
        });
    }
}
