package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Test;

/** Tokens and listen keys never reach a log line, even at the exchange's finest level. */
class SecretsInLogsTest {

    private static final String TOKEN = "super-secret-token-0123456789";

    @Test
    void aWholeUserStreamLifecycleLogsNoTokenAndNoListenKey() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(r.getLoggerName() + " " + r.getMessage() + " " + (r.getParameters() == null ? ""
                        : List.of(r.getParameters())) + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger sim = Logger.getLogger("com.bitzoom.desk.sim");
        Level before = sim.getLevel();
        root.addHandler(capture);
        sim.setLevel(Level.ALL);
        ClientManager clients = TestClient.manager();
        String key;
        try (Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(2)
                .withListenKeyTtl(Duration.ofSeconds(3)).withFaultsEndpoint(true))) {
            Rest rest = new Rest(exchange.restUrl());
            key = rest.send("POST", "/api/v1/listenKey", TOKEN, null).json().getJsonObject("data").getString("listenKey");
            rest.send("PUT", "/api/v1/listenKey", TOKEN, null);
            try (TestClient stream = TestClient.connect(clients, URI.create(exchange.wsUrl() + "/" + key));
                 TestClient refused = TestClient.connect(clients, URI.create(exchange.wsUrl() + "/" + key.replace('a', 'b') + "x"))) {
                try {
                    refused.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
                } catch (IllegalStateException | java.io.IOException alreadyClosedByTheExchange) {
                    // The exchange may close the refused stream before this send: that is the behaviour under test.
                }
                stream.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
                stream.send("not json");
                rest.send("POST", "/api/v1/order", TOKEN, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001");
                rest.send("POST", "/api/v1/order", TOKEN, "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0");
                stream.nextEvent("listenKeyExpired", Duration.ofSeconds(20));
                stream.awaitClose(Duration.ofSeconds(10));
            }
            rest.send("DELETE", "/api/v1/listenKey", TOKEN, null);
        } finally {
            clients.shutdown();
            root.removeHandler(capture);
            sim.setLevel(before);
        }
        assertThat(lines).isNotEmpty();
        assertThat(lines).noneMatch(l -> l.contains(TOKEN));
        assertThat(lines).noneMatch(l -> l.contains(key));
        assertThat(lines).noneMatch(l -> l.contains(key.substring(0, 20)));
    }
}
