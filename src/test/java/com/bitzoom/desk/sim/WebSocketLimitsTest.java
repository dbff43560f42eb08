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
        assertThat(exchange.stats().maxMessagesInAnySecond()).isEqualTo(10);
    }

    @Test
    void theEleventhMessageInOneSecondGetsAnErrorAndTheConnectionIsClosed() throws Exception {
        TestClient c = TestClient.connect(clients, exchange.wsUrl());
        open.add(c);
        for (int i = 1; i <= 11; i++) {
            c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + i + "}");
        }
        JsonObject error = c.reply(11, WAIT);
        assertThat(error.getJsonObject("error").getString("msg")).contains("too many messages");
        assertThat(error.getJsonNumber("id").longValue()).isEqualTo(11);

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
