package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The requests of the spec and every kind of bad request, over a real socket. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSocketRequestsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Exchange exchange;
    private ClientManager clients;
    private TestClient client;

    @BeforeAll
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxConnectionsPerIp(100));
        clients = TestClient.manager();
    }

    @AfterAll
    void stop() {
        clients.shutdown();
        exchange.close();
    }

    @BeforeEach
    void connect() throws Exception {
        client = TestClient.connect(clients, exchange.wsUrl());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void subscribeIsAnsweredWithNullResultAndTheId() throws Exception {
        client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\",\"ethusdt@ticker\"],\"id\":1}");
        assertThat(client.next(f -> f.contains("\"id\":1"), WAIT)).isEqualTo("{\"result\":null,\"id\":1}");
    }

    @Test
    void listSubscriptionsAnswersTheStreamsInSubscriptionOrder() throws Exception {
        client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\",\"ethusdt@ticker\"],\"id\":1}");
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
        assertThat(client.next(f -> f.contains("\"id\":3"), WAIT))
                .isEqualTo("{\"result\":[\"btcusdt@ticker\",\"ethusdt@ticker\"],\"id\":3}");
    }

    @Test
    void unsubscribeRemovesTheStream() throws Exception {
        client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\",\"ethusdt@ticker\"],\"id\":1}");
        client.send("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@ticker\"],\"id\":2}");
        assertThat(client.next(f -> f.contains("\"id\":2"), WAIT)).isEqualTo("{\"result\":null,\"id\":2}");
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
        assertThat(client.next(f -> f.contains("\"id\":3"), WAIT)).isEqualTo("{\"result\":[\"ethusdt@ticker\"],\"id\":3}");
    }

    @Test
    void anEmptyListIsAnsweredBeforeAnySubscription() throws Exception {
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":7}");
        assertThat(client.next(WAIT)).isEqualTo("{\"result\":[],\"id\":7}");
    }

    @Test
    void unknownMethodIsAnErrorWithTheId() throws Exception {
        assertError("{\"method\":\"SUBSCRIBEX\",\"params\":[\"btcusdt@ticker\"],\"id\":4}", 4L, "unknown method 'SUBSCRIBEX'");
    }

    @Test
    void invalidStreamNameIsAnErrorNamingTheProblem() throws Exception {
        assertError("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@depth7\"],\"id\":5}", 5L, "depth levels '7' must be 5, 10 or 20");
    }

    @Test
    void unknownSymbolIsAnError() throws Exception {
        assertError("{\"method\":\"SUBSCRIBE\",\"params\":[\"nosuchusdt@trade\"],\"id\":6}", 6L, "unknown symbol 'NOSUCHUSDT'");
    }

    @Test
    void badJsonIsAnErrorWithNullId() throws Exception {
        assertError("{\"method\":\"SUBSCRIBE\",", null, "invalid JSON");
    }

    @Test
    void missingIdIsAnErrorWithNullId() throws Exception {
        assertError("{\"method\":\"LIST_SUBSCRIPTIONS\"}", null, "id is missing");
    }

    @Test
    void nonIntegerIdIsAnErrorWithNullId() throws Exception {
        assertError("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":\"x\"}", null, "id must be an integer");
        assertError("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1.5}", null, "id must be an integer");
    }

    @Test
    void paramsThatAreNotAListAreAnError() throws Exception {
        assertError("{\"method\":\"SUBSCRIBE\",\"params\":\"btcusdt@ticker\",\"id\":8}", 8L, "params must be a list");
    }

    @Test
    void aRequestWithOneBadStreamSubscribesNothing() throws Exception {
        assertError("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\",\"btcusdt@bogus\"],\"id\":9}", 9L, "unknown stream 'bogus'");
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":10}");
        assertThat(client.next(WAIT)).isEqualTo("{\"result\":[],\"id\":10}");
    }

    @Test
    void pingsAreAnsweredWithPongs() throws Exception {
        client.ping();
        assertThat(client.pongs.poll(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isNotNull();
    }

    private void assertError(String request, Long id, String messagePart) throws Exception {
        client.send(request);
        JsonObject reply = (JsonObject) TestClient.parse(client.next(WAIT));
        assertThat(reply.keySet()).containsExactlyInAnyOrder("error", "id");
        assertThat(reply.getJsonObject("error").keySet()).containsExactlyInAnyOrder("code", "msg");
        assertThat(reply.getJsonObject("error").getJsonNumber("code").isIntegral()).isTrue();
        assertThat(reply.getJsonObject("error").getString("msg")).contains(messagePart);
        if (id == null) {
            assertThat(reply.isNull("id")).isTrue();
        } else {
            assertThat(reply.getJsonNumber("id").longValue()).isEqualTo(id);
        }
        // The connection stays open and keeps answering.
        client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":99}");
        assertThat(client.next(WAIT)).startsWith("{\"result\":[");
        assertThat(client.isOpen()).isTrue();
    }
}
