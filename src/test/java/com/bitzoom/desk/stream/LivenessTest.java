package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A connection whose socket stays open while the exchange says nothing is noticed and replaced. */
class LivenessTest {

    @Test
    void stalledExchangeIsDetectedWithinTheThresholdAndTheConnectionReplaced() throws Exception {
        StreamOptions options = Exchanges.quickOptions()
                .withLiveness(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(2000))
                .withConnectTimeout(Duration.ofSeconds(2));
        RecordingSink sink = new RecordingSink();
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults());
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink)) {
            client.subscribe(List.of(StreamName.ticker("BTCUSDT"), StreamName.trade("BTCUSDT"))).get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.sawEventOf("24hrTicker"));

            exchange.faults().stall();
            long stalledAt = System.nanoTime();
            // Generous bound: the thresholds are 1.5 s (pong) and 2 s (silence).
            await().atMost(Duration.ofSeconds(8)).until(() -> !sink.problemsOf(StreamProblem.Kind.STALE).isEmpty());
            long detectedAfterMillis = (System.nanoTime() - stalledAt) / 1_000_000;
            assertThat(sink.problemsOf(StreamProblem.Kind.STALE).get(0).message()).startsWith("stale: no ");
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.statesOf("market-1").stream()
                    .anyMatch(s -> s.state() == ConnectionState.RECONNECTING && s.reason().startsWith("stale")));

            exchange.faults().resume();
            int before = sink.events.get();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                List<ConnectionStatus> states = sink.statesOf("market-1");
                assertThat(states.get(states.size() - 1).state()).isEqualTo(ConnectionState.OPEN);
                assertThat(sink.events.get()).isGreaterThan(before + 2);
            });
            assertThat(client.listSubscriptions().get(5, TimeUnit.SECONDS).get("market-1"))
                    .containsExactlyInAnyOrder("btcusdt@ticker", "btcusdt@trade");
            System.out.println("stall detected after " + detectedAfterMillis + " ms");
        }
    }

    @Test
    void quietStreamsAloneDoNotMakeAConnectionStale() throws Exception {
        // Trades may pause for long; only pings decide then. The exchange answers them, so nothing happens.
        StreamOptions options = Exchanges.quickOptions()
                .withLiveness(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(300));
        RecordingSink sink = new RecordingSink();
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults());
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink)) {
            client.subscribe(List.of(StreamName.kline("BTCUSDT", com.bitzoom.desk.protocol.Interval.D1))).get(10, TimeUnit.SECONDS);
            Thread.sleep(2000);
            assertThat(sink.problemsOf(StreamProblem.Kind.STALE)).isEmpty();
            assertThat(client.metrics().get(0).reconnects()).isZero();
        }
    }
}
