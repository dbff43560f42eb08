package com.bitzoom.desk.sim;

/** Starts exchanges for tests. */
final class TestExchanges {

    private TestExchanges() {
    }

    static Exchange start(ExchangeOptions options) {
        FakeVenue venue = new FakeVenue();
        return Exchange.start(options, venue, venue);
    }
}
