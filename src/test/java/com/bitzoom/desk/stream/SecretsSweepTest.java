package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.OrderTradeUpdate;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A whole session with a known token and the user data stream on — orders placed, filled, refused
 * and cancelled, a listen-key expiry, every connection dropped — swept for the token and every
 * listen key the client held: not in any log record of any logger at any level (the embedded
 * exchange's included), not on stdout or stderr, not in any exception or its stack trace, not in
 * any thread's name, not in the {@code toString()} of any object of the client.
 */
class SecretsSweepTest {

    @Test
    void theTokenAndTheListenKeysAppearNowhereDuringASessionWithExpiryAndReconnects() throws Exception {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = "sweep-" + HexFormat.of().formatHex(random);
        ApiToken apiToken = ApiToken.of(token);
        Set<String> listenKeys = ConcurrentHashMap.newKeySet();
        RecordingSink sink = new RecordingSink();
        StreamOptions options = Exchanges.quickOptions().withListenKeyKeepAlive(Duration.ofMillis(500));
        SecretSweeper sweeper = new SecretSweeper();
        try (sweeper;
             Exchange exchange = Exchanges.start(ExchangeOptions.defaults().withListenKeyTtl(Duration.ofSeconds(5)));
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink);
             ExchangeRest rest = ExchangeRest.open(Exchanges.environment(exchange), () -> Optional.of(apiToken), options)) {
            Thread keyWatch = watchListenKeys(client, listenKeys);
            client.subscribe(List.of(StreamName.trade("BTCUSDT"), StreamName.miniTicker("ETHUSDT"))).get(10, TimeUnit.SECONDS);
            client.openUserStream(() -> Optional.of(apiToken));
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamOpens.get() == 1);

            trade(rest, sweeper, "before");
            exchange.faults().expireListenKeys();
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamReopens.get() >= 1);
            exchange.faults().dropAll();
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamReopens.get() >= 2);
            trade(rest, sweeper, "after");
            Thread.sleep(1500); // keepalives go out

            sink.states.forEach(s -> sweeper.text(s.toString()));
            sink.problems.forEach(p -> sweeper.text(p.toString()));
            client.metrics().forEach(m -> sweeper.text(m.toString()));
            sweeper.objects(client, rest, options, Exchanges.environment(exchange), apiToken, sink.states, sink.problems);
            keyWatch.interrupt();
        }
        List<String> secrets = new ArrayList<>(listenKeys);
        secrets.add(token);
        System.out.printf("secrets sweep: token + %d listen keys; %d log records, %d thread names, %d exceptions,"
                        + " %d objects' toString()%n", listenKeys.size(), sweeper.logLines(), sweeper.threadNamesSeen(),
                sweeper.exceptionsSeen(), sweeper.objectsSwept());
        assertThat(listenKeys).as("listen keys the client held (initial, after expiry)").hasSizeGreaterThanOrEqualTo(2);
        assertThat(sweeper.logLines()).as("log records swept (all levels)").isGreaterThan(100);
        assertThat(sweeper.objectsSwept()).as("objects swept").isGreaterThan(20);
        assertThat(sweeper.findings(secrets)).isEmpty();
    }

    /** Places, fills, cancels and has refused a few orders; every failure's exception goes to the sweep. */
    private static void trade(ExchangeRest rest, SecretSweeper sweeper, String tag) {
        OrderInfo resting = rest.placeOrder(OrderTicket.limit("BTCUSDT", OrderTicket.Side.BUY, new BigDecimal("0.001"),
                new BigDecimal("1000.00")));
        rest.placeOrder(OrderTicket.market("BTCUSDT", OrderTicket.Side.BUY, new BigDecimal("0.001")));
        rest.placeOrder(OrderTicket.market("BTCUSDT", OrderTicket.Side.SELL, new BigDecimal("0.001")));
        rest.cancelOrder("BTCUSDT", resting.orderId());
        for (Runnable refused : List.<Runnable>of(
                () -> rest.placeOrder(OrderTicket.limit("BTCUSDT", OrderTicket.Side.BUY, new BigDecimal("0.0001"),
                        new BigDecimal("1000.00"))),
                () -> rest.cancelOrder("BTCUSDT", 42L),
                () -> rest.cancelOrder("NOPEUSDT", "client-" + tag))) {
            try {
                refused.run();
                throw new AssertionError("the exchange accepted a bad request");
            } catch (RestException e) {
                sweeper.exception(e);
                sweeper.text(e.getMessage());
            }
        }
        sweeper.text(rest.account().toString());
        rest.openOrders(null).forEach(o -> sweeper.text(o.toString()));
    }

    /** Notes every listen key the client holds, as it changes (a daemon thread, polling). */
    private static Thread watchListenKeys(StreamClient client, Set<String> keys) throws Exception {
        Field field = UserStream.class.getDeclaredField("key");
        field.setAccessible(true);
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                UserStream us = client.userStream();
                try {
                    ListenKey k = us == null ? null : (ListenKey) field.get(us);
                    if (k != null) {
                        keys.add(k.reveal());
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "test-listen-key-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static boolean isOrderEvent(Object e) {
        return e instanceof OrderTradeUpdate;
    }
}
