package com.bitzoom.desk.stream;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/** Starts embedded exchanges for the client's tests: loopback, ephemeral ports. */
final class Exchanges {

    private Exchanges() {
    }

    static Exchange start(ExchangeOptions options) {
        try {
            return Exchange.start(options);
        } catch (UnsupportedOperationException engineMissing) {
            return startWithFakeVenue(options);
        }
    }

    /** Until the market engine is merged: the server's own test venue (two symbols, a trade every 200 ms). */
    private static Exchange startWithFakeVenue(ExchangeOptions options) {
        try {
            Class<?> venueClass = Class.forName("com.bitzoom.desk.sim.FakeVenue");
            Constructor<?> c = venueClass.getDeclaredConstructor();
            c.setAccessible(true);
            Object venue = c.newInstance();
            Class<?> market = Class.forName("com.bitzoom.desk.sim.SimMarket");
            Class<?> paper = Class.forName("com.bitzoom.desk.sim.PaperTrading");
            Method start = Exchange.class.getDeclaredMethod("start", ExchangeOptions.class, market, paper);
            start.setAccessible(true);
            return (Exchange) start.invoke(null, options, venue, venue);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no market engine and no fake venue", e);
        }
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
