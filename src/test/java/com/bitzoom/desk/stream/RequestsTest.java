package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscribe, unsubscribe and list round trips against the embedded exchange. */
class RequestsTest {

    private static Exchange exchange;
    private RecordingSink sink;
    private StreamClient client;

    @BeforeAll
    static void startExchange() {
        exchange = Exchanges.start(ExchangeOptions.defaults());
    }

    @AfterAll
    static void stopExchange() {
        exchange.close();
    }

    @BeforeEach
    void connect() {
        sink = new RecordingSink();
        client = new StreamClient(Exchanges.environment(exchange), Exchanges.quickOptions(), sink);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void subscribeIsConfirmedAndEventsFlow() throws Exception {
        client.subscribe(List.of(StreamName.trade("BTCUSDT"))).get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.sawEventOf("trade"));
        assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS))
                .isEqualTo(Map.of("market-1", List.of("btcusdt@trade")));
    }

    @Test
    void unsubscribeIsConfirmedAndTheListIsEmptyAgain() throws Exception {
        client.subscribe(List.of(StreamName.trade("BTCUSDT"), StreamName.ticker("ETHUSDT"))).get(10, TimeUnit.SECONDS);
        client.unsubscribe(List.of(StreamName.trade("BTCUSDT"))).get(10, TimeUnit.SECONDS);

        assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS))
                .isEqualTo(Map.of("market-1", List.of("ethusdt@ticker")));
        assertThat(client.streams()).containsExactly(StreamName.ticker("ETHUSDT"));

        client.unsubscribe(List.of(StreamName.ticker("ETHUSDT"))).get(10, TimeUnit.SECONDS);
        assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS)).isEqualTo(Map.of("market-1", List.of()));
    }

    @Test
    void refusedSubscribeFailsOnlyItsOwnFutureWithTheExchangesCodeAndMessage() throws Exception {
        CompletableFuture<Void> good = client.subscribe(List.of(StreamName.trade("BTCUSDT")));
        CompletableFuture<Void> bad = client.subscribe(List.of(StreamName.trade("NOSUCHUSDT")));
        CompletableFuture<Void> alsoGood = client.subscribe(List.of(StreamName.miniTicker("ETHUSDT")));

        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.code()).isNotZero();
                    assertThat(e.exchangeMessage()).isNotBlank();
                    assertThat(e.getMessage()).contains("nosuchusdt@trade");
                });
        good.get(10, TimeUnit.SECONDS);
        alsoGood.get(10, TimeUnit.SECONDS);
        assertThat(client.streams()).containsExactlyInAnyOrder(StreamName.trade("BTCUSDT"), StreamName.miniTicker("ETHUSDT"));
        assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS).get("market-1"))
                .containsExactlyInAnyOrder("btcusdt@trade", "ethusdt@miniTicker");
    }

    @Test
    void oneRefusedStreamInABatchIsDroppedAndTheRestSubscribed() throws Exception {
        CompletableFuture<Void> mixed = client.subscribe(List.of(StreamName.trade("BTCUSDT"), StreamName.trade("NOSUCHUSDT"),
                StreamName.aggTrade("ETHUSDT")));

        assertThatThrownBy(() -> mixed.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(RequestRejectedException.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                client.listSubscriptions().get(5, TimeUnit.SECONDS).get("market-1"))
                .containsExactlyInAnyOrder("btcusdt@trade", "ethusdt@aggTrade"));
        assertThat(client.streams()).doesNotContain(StreamName.trade("NOSUCHUSDT"));
    }
}
