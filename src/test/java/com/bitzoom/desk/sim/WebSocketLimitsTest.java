package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec's limits: connections per IP, subscriptions per connection, messages per second. */
class WebSocketLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Exchange exchange;
    private ClientManager clients;
    private final List<TestClient> open = new ArrayList<>();

    @BeforeEach
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults());
        clients = TestClient.manager();
    }

    @AfterEach
    void stop() {
        open.forEach(TestClient::close);
        clients.shutdown();
        exchange.close();
    }

    @Test
    void theSixthConnectionFromOneAddressIsClosedAtOnceWithAReason() throws Exception {
        for (int i = 0; i < 5; i++) {
            open.add(TestClient.connect(clients, exchange.wsUrl()));
        }
        await().atMost(WAIT).until(() -> exchange.stats().openConnections() == 5);
        TestClient sixth = TestClient.connect(clients, exchange.wsUrl());
        open.add(sixth);

        CloseReason reason = sixth.awaitClose(WAIT);
        assertThat(reason.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.VIOLATED_POLICY.getCode());
        assertThat(reason.getReasonPhrase()).contains("too many connections").contains("at most 5");
        assertThat(open.get(0).isOpen()).isTrue();
        assertThat(exchange.stats().openConnections()).isEqualTo(5);
    }

    @Test
    void aClosedConnectionFreesItsPlace() throws Exception {
        for (int i = 0; i < 5; i++) {
            open.add(TestClient.connect(clients, exchange.wsUrl()));
        }
        open.get(0).close();
        await().atMost(WAIT).until(() -> exchange.stats().openConnections() == 4);
        TestClient another = TestClient.connect(clients, exchange.wsUrl());
        open.add(another);
        another.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
        assertThat(another.next(WAIT)).isEqualTo("{\"result\":[],\"id\":1}");
    }

    @Test
    void aSubscriptionOverTheLimitIsRefusedAndSubscribesNothing() throws Exception {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxStreamsPerConnection(3));
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"btcusdt@ticker\"],\"id\":1}");
        assertThat(c.reply(1, WAIT).toString()).isEqualTo("{\"result\":null,\"id\":1}");

        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@trade\",\"ethusdt@ticker\"],\"id\":2}");
        JsonObject error = c.reply(2, WAIT);
        assertThat(error.getJsonObject("error").getString("msg")).contains("too many subscriptions").contains("limit is 3");

        c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
        assertThat(c.next(f -> f.contains("\"id\":3"), WAIT)).isEqualTo("{\"result\":[\"btcusdt@trade\",\"btcusdt@ticker\"],\"id\":3}");
        assertThat(c.isOpen()).isTrue();
    }

    @Test
    void twoHundredStreamsAreAllowedAndTheTwoHundredAndFirstIsNot() throws Exception {
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        List<String> symbols = List.of("btcusdt", "ethusdt", "bnbusdt", "solusdt", "xrpusdt", "dogeusdt", "adausdt",
                "avaxusdt", "linkusdt", "dotusdt", "trxusdt", "ltcusdt", "maticusdt", "atomusdt", "uniusdt");
        List<String> streams = new ArrayList<>();
        for (String s : symbols) {
            for (com.bitzoom.desk.protocol.Interval i : com.bitzoom.desk.protocol.Interval.values()) {
                streams.add("\"" + s + "@kline_" + i.wire() + "\"");
            }
        }
        assertThat(streams.size()).isGreaterThan(200);
        // Two requests, so that no single message is needlessly large.
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[" + String.join(",", streams.subList(0, 100)) + "],\"id\":1}");
        assertThat(c.reply(1, WAIT).toString()).isEqualTo("{\"result\":null,\"id\":1}");
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[" + String.join(",", streams.subList(100, 200)) + "],\"id\":2}");
        assertThat(c.reply(2, WAIT).toString()).isEqualTo("{\"result\":null,\"id\":2}");
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[" + streams.get(200) + "],\"id\":3}");
        assertThat(c.reply(3, WAIT).getJsonObject("error").getString("msg")).contains("limit is 200");
        assertThat(exchange.stats().subscriptionsByConnection().values().iterator().next()).hasSize(200);
    }

    @Test
    void resubscribingTheSameStreamsDoesNotCountTwice() throws Exception {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxStreamsPerConnection(2));
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"btcusdt@ticker\"],\"id\":1}");
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\"],\"id\":2}");
        assertThat(c.next(f -> f.contains("\"id\":2"), WAIT)).isEqualTo("{\"result\":null,\"id\":2}");
    }

    @Test
    void tenMessagesInOneSecondAreServed() throws Exception {
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        for (int i = 1; i <= 10; i++) {
            c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
        }
        for (int i = 1; i <= 10; i++) {
            assertThat(c.next(WAIT)).isEqualTo("{\"result\":[],\"id\":" + i + "}");
        }
        assertThat(c.isOpen()).isTrue();
        assertThat(exchange.stats().rateLimitViolations()).isZero();
        assertThat(exchange.stats().maxMessagesInAnySecond()).isBetween(1, 10);
    }

    @Test
    void theEleventhMessageInOneSecondGetsAnErrorAndTheConnectionIsClosed() throws Exception {
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        // Eleven in a burst; a few more in case a busy machine spread the burst over a second.
        for (int i = 1; i <= 20 && c.isOpen(); i++) {
            try {
                c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
            } catch (IllegalStateException | java.util.concurrent.RejectedExecutionException closed) {
                // The exchange closed the connection mid-burst (Tyrus reports it either way): expected here.
                break;
            }
        }
        JsonObject error = (JsonObject) TestClient.parse(c.next(f -> f.contains("\"error\""), WAIT));
        assertThat(error.getJsonObject("error").getString("msg")).contains("too many messages");
        assertThat(error.getJsonNumber("id").longValue()).isGreaterThanOrEqualTo(11);

        CloseReason reason = c.awaitClose(WAIT);
        assertThat(reason.getCloseCode().getCode()).isEqualTo(CloseReason.CloseCodes.VIOLATED_POLICY.getCode());
        assertThat(reason.getReasonPhrase()).contains("too many messages");
        assertThat(exchange.stats().rateLimitViolations()).isEqualTo(1);
        assertThat(exchange.stats().maxMessagesInAnySecond()).isEqualTo(11);
    }

    @Test
    void messagesSpreadOverSecondsAreNotLimited() throws Exception {
        exchange.close();
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxMessagesPerSecond(2));
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        for (int i = 1; i <= 4; i++) {
            c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
            assertThat(c.next(WAIT)).isEqualTo("{\"result\":[],\"id\":" + i + "}");
            Thread.sleep(600);
        }
        assertThat(c.isOpen()).isTrue();
        assertThat(exchange.stats().maxMessagesInAnySecond()).isEqualTo(2);
    }

    @Test
    void statsListEachConnectionsSubscriptions() throws Exception {
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        c.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"!ticker@arr\"],\"id\":1}");
        c.reply(1, WAIT);
        assertThat(exchange.stats().subscriptionsByConnection().values())
                .containsExactly(java.util.Set.of("btcusdt@trade", "!ticker@arr"));
    }
}
