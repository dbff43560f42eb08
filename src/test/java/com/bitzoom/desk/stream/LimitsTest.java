package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client keeps inside the exchange's limits by itself: 200 streams × 5 connections, 10 messages a second. */
class LimitsTest {

    private static Exchange exchange;
    private static List<String> symbols;

    @BeforeAll
    static void start() {
        exchange = Exchanges.start(ExchangeOptions.defaults().withSymbols(40));
        try (ExchangeRest rest = ExchangeRest.open(Exchanges.environment(exchange), Optional::empty, StreamOptions.defaults())) {
            symbols = rest.exchangeInfo().stream().map(SymbolInfo::symbol).collect(Collectors.toList());
        }
    }

    @AfterAll
    static void stop() {
        exchange.close();
    }

    @Test
    void thousandStreamsSpreadOverFiveConnectionsAndTheExchangeListsExactlyThem() throws Exception {
        assumeTrue(symbols.size() >= 31, "the market engine lists " + symbols.size() + " symbols; 1,000 streams need 31");
        RecordingSink sink = new RecordingSink();
        try (StreamClient client = new StreamClient(Exchanges.environment(exchange), Exchanges.quickOptions(), sink)) {
            List<StreamName> thousand = Catalog.streams(symbols, 1000);
            client.subscribe(thousand).get(30, TimeUnit.SECONDS);

            Map<String, List<String>> listed = client.listSubscriptions().get(10, TimeUnit.SECONDS);
            assertThat(listed).hasSize(5);
            assertThat(listed.values()).allSatisfy(l -> assertThat(l).hasSize(200));
            Set<String> all = listed.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            assertThat(all).isEqualTo(thousand.stream().map(StreamName::wire).collect(Collectors.toSet()));
            listed.forEach((name, wires) -> assertThat(new HashSet<>(wires)).isEqualTo(
                    client.streamsByConnection().get(name).stream().map(StreamName::wire).collect(Collectors.toSet())));

            StreamName oneMore = Catalog.streams(symbols, 1001).get(1000);
            assertThatThrownBy(() -> client.subscribe(List.of(oneMore)))
                    .isInstanceOfSatisfying(SubscriptionLimitException.class, e -> {
                        assertThat(e.limit()).isEqualTo(1000);
                        assertThat(e.requested()).isEqualTo(1001);
                    })
                    .hasMessage("1,001 streams requested; the limit is 1,000 (5 connections × 200 streams); nothing was subscribed");
            assertThat(client.streams()).hasSize(1000).doesNotContain(oneMore);
            assertThat(exchange.stats().rateLimitViolations()).isZero();
        }
    }

    @Test
    void tooManyStreamsAtOnceAreRefusedBeforeAnythingIsSent() {
        try (StreamClient client = new StreamClient(Exchanges.environment(exchange),
                Exchanges.quickOptions().withMaxStreamsPerConnection(10).withMaxConnections(2), new RecordingSink())) {
            List<StreamName> many = Catalog.streams(symbols, 21);
            assertThatThrownBy(() -> client.subscribe(many)).isInstanceOf(SubscriptionLimitException.class)
                    .hasMessageContaining("the limit is 20 (2 connections × 10 streams)");
            assertThat(client.streams()).isEmpty();
            assertThat(client.metrics()).isEmpty();
        }
    }

    @Test
    void manyRequestsAtOnceArePacedUnderTheExchangesMessageLimit() throws Exception {
        long violationsBefore = exchange.stats().rateLimitViolations();
        RecordingSink sink = new RecordingSink();
        try (StreamClient client = new StreamClient(Exchanges.environment(exchange), Exchanges.quickOptions()
                .withRequestTimeout(java.time.Duration.ofSeconds(20)), sink)) {
            // 60 separate requests land on one connection: unpaced they would be 60 messages in a few ms.
            List<StreamName> streams = Catalog.streams(symbols, 60);
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (StreamName s : streams) {
                all.add(client.subscribe(List.of(s)));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(exchange.stats().rateLimitViolations()).isEqualTo(violationsBefore);
            assertThat(exchange.stats().maxMessagesInAnySecond()).isBetween(1, 10);
            assertThat(sink.problemsOf(StreamProblem.Kind.REQUEST_REFUSED)).isEmpty();
            assertThat(client.listSubscriptions().get(10, TimeUnit.SECONDS).get("market-1")).hasSize(60);
        }
    }

    @Test
    void sixHundredStreamsAtOnceDrawNoRateLimitError() throws Exception {
        assumeTrue(symbols.size() >= 31, "the market engine lists " + symbols.size() + " symbols; 600 quiet streams need more");
        long violationsBefore = exchange.stats().rateLimitViolations();
        RecordingSink sink = new RecordingSink();
        try (StreamClient client = new StreamClient(Exchanges.environment(exchange), Exchanges.quickOptions(), sink)) {
            client.subscribe(Catalog.streams(symbols, 600)).get(30, TimeUnit.SECONDS);

            assertThat(exchange.stats().rateLimitViolations()).isEqualTo(violationsBefore);
            assertThat(exchange.stats().maxMessagesInAnySecond()).isLessThanOrEqualTo(10);
            assertThat(sink.problemsOf(StreamProblem.Kind.REQUEST_REFUSED)).isEmpty();
            assertThat(client.listSubscriptions().get(10, TimeUnit.SECONDS).values().stream().mapToInt(List::size).sum())
                    .isEqualTo(600);
        }
    }
}
