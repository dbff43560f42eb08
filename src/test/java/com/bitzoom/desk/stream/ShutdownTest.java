package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** close() leaves nothing behind: no session, no thread of the client. */
class ShutdownTest {

    @Test
    void afterCloseNoClientThreadIsAlive() throws Exception {
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults())) {
            RecordingSink sink = new RecordingSink();
            StreamClient client = new StreamClient(Exchanges.environment(exchange),
                    Exchanges.quickOptions().withMaxStreamsPerConnection(10), sink);
            client.subscribe(Catalog.streams(List.of("BTCUSDT", "ETHUSDT"), 25)).get(10, TimeUnit.SECONDS);
            client.openUserStream(() -> Optional.of(ApiToken.demo()));
            await().atMost(Duration.ofSeconds(10)).until(() -> sink.userStreamOpens.get() == 1);
            assertThat(clientThreads()).isNotEmpty();
            assertThat(exchange.stats().openConnections()).isEqualTo(4);

            client.close();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clientThreads()).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> exchange.stats().openConnections() == 0);
            assertThat(sink.states.stream().filter(s -> s.state() == ConnectionState.CLOSED)
                    .map(ConnectionStatus::connection).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("market-1", "market-2", "market-3", "user");
        }
    }

    @Test
    void closeDuringReconnectBackoffReturnsPromptlyAndStopsEverything() throws Exception {
        StreamOptions options = Exchanges.quickOptions().withReconnect(Duration.ofSeconds(20), Duration.ofSeconds(30));
        try (Exchange exchange = Exchanges.start(ExchangeOptions.defaults())) {
            RecordingSink sink = new RecordingSink();
            StreamClient client = new StreamClient(Exchanges.environment(exchange), options, sink);
            client.subscribe(Catalog.streams(List.of("BTCUSDT"), 3)).get(10, TimeUnit.SECONDS);
            exchange.faults().dropAll();
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.states.stream()
                    .anyMatch(s -> s.state() == ConnectionState.RECONNECTING));

            client.close();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(clientThreads()).isEmpty());
        }
    }

    private static List<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(StreamClient.THREAD_PREFIX)).sorted().collect(Collectors.toList());
    }
}
