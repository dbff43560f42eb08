package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The exchange drops every connection, three times in a row: each comes back holding exactly its streams. */
class ReconnectTest {

    @Test
    void dropAllThreeTimesEveryConnectionReconnectsWithJitteredGrowingDelaysAndHoldsExactlyItsStreams() throws Exception {
        long base = 100;
        StreamOptions options = StreamOptions.defaults().withMaxStreamsPerConnection(15)
                .withReconnect(Duration.ofMillis(base), Duration.ofSeconds(2))
                .withHealthyAfter(Duration.ofMinutes(1));   // attempts keep counting across the three drops
        RecordingSink sink = new RecordingSink();
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults());
             StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink)) {
            List<StreamName> streams = Catalog.streams(List.of("BTCUSDT", "ETHUSDT"), 45);
            client.subscribe(streams).get(15, TimeUnit.SECONDS);
            List<String> names = List.of("market-1", "market-2", "market-3");
            assertThat(client.streamsByConnection().keySet()).containsExactlyElementsOf(names);

            for (int round = 1; round <= 3; round++) {
                exchange.faults().dropAll();
                int expected = round;
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    for (String name : names) {
                        List<ConnectionStatus> seen = sink.statesOf(name);
                        assertThat(seen.stream().filter(s -> s.state() == ConnectionState.RECONNECTING).count())
                                .isGreaterThanOrEqualTo(expected);
                        assertThat(seen.get(seen.size() - 1).state()).isEqualTo(ConnectionState.OPEN);
                    }
                });
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                        assertThat(wireSets(client.listSubscriptions().get(5, TimeUnit.SECONDS)))
                                .isEqualTo(wireSets(client.streamsByConnection())));
            }

            Set<Long> delays = new HashSet<>();
            for (String name : names) {
                List<ConnectionStatus> reconnecting = sink.statesOf(name).stream()
                        .filter(s -> s.state() == ConnectionState.RECONNECTING).collect(Collectors.toList());
                assertThat(reconnecting).extracting(ConnectionStatus::attempt).containsExactly(1, 2, 3);
                for (ConnectionStatus s : reconnecting) {
                    long ceiling = base << (s.attempt() - 1);
                    assertThat(s.nextDelay().toMillis()).isBetween(0L, ceiling);
                    delays.add(s.nextDelay().toMillis());
                }
            }
            assertThat(delays).as("jittered, not lock-step").hasSizeGreaterThan(3);
            // The exchange's own view agrees: every connection holds one of our groups, nothing else.
            assertThat(new HashSet<>(exchange.stats().subscriptionsByConnection().values()))
                    .isEqualTo(new HashSet<>(wireSets(client.streamsByConnection()).values()));
            assertThat(client.metrics()).allSatisfy(m -> assertThat(m.reconnects()).isEqualTo(3));
        }
    }

    private static Map<String, Set<String>> wireSets(Map<String, ? extends java.util.Collection<?>> byConnection) {
        Map<String, Set<String>> out = new TreeMap<>();
        byConnection.forEach((k, v) -> out.put(k, v.stream().map(Object::toString).collect(Collectors.toSet())));
        return out;
    }
}
