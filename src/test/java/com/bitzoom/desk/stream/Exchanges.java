package com.bitzoom.desk.stream;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;

/** Starts embedded exchanges for the client's tests: loopback, ephemeral ports. */
final class Exchanges {

    private Exchanges() {
    }

    static Exchange start(ExchangeOptions options) {
        return Exchange.start(options);
    }

    static Environment environment(Exchange exchange) {
        return Environment.demo(exchange.wsUrl(), exchange.restUrl());
    }

    /** Client settings for tests: quick reconnects, short request timeouts. */
    static StreamOptions quickOptions() {
        return StreamOptions.defaults()
                .withReconnect(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(800))
                .withRequestTimeout(java.time.Duration.ofSeconds(5));
    }
}
