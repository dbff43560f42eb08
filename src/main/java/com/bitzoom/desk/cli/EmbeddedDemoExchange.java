package com.bitzoom.desk.cli;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import com.bitzoom.desk.ui.DemoExchange;
import java.net.URI;
import java.util.Objects;

/**
 * Gives the desk its Demo environment: starts {@link Exchange} on loopback. Registered in
 * {@code META-INF/services} so that {@code ui} reaches {@code sim} only through {@code cli}, as the
 * package rules of DESIGN.md require.
 */
public final class EmbeddedDemoExchange implements DemoExchange.Starter {

    @Override
    public DemoExchange start(double speed) {
        return new Running(Exchange.start(ExchangeOptions.defaults().withSpeed(speed)));
    }

    /** A running embedded exchange; {@link #exchange()} gives tests its fault injection. */
    public static final class Running implements DemoExchange {
        private final Exchange exchange;

        Running(Exchange exchange) {
            this.exchange = Objects.requireNonNull(exchange);
        }

        public Exchange exchange() {
            return exchange;
        }

        @Override
        public URI wsUrl() {
            return exchange.wsUrl();
        }

        @Override
        public URI restUrl() {
            return exchange.restUrl();
        }

        @Override
        public void close() {
            exchange.close();
        }
    }
}
