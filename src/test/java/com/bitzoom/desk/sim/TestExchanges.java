package com.bitzoom.desk.sim;

/** Starts exchanges for tests: the real engine, on ephemeral loopback ports. */
final class TestExchanges {

    private TestExchanges() {
    }

    static Exchange start(ExchangeOptions options) {
        return Exchange.start(options);
    }
}
