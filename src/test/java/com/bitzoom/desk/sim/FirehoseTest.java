package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.bitzoom.desk.protocol.Decoded;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.MarketEvent;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The firehose sends a busy exchange's mix of valid frames for what is subscribed, with increasing
 * ids, event times of their writing, and the send time of each id for in-process latency.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirehoseTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String[] SYMBOLS = {"btcusdt", "ethusdt", "bnbusdt", "solusdt", "xrpusdt"};

    private final FrameDecoder decoder = new FrameDecoder();
    private final List<StreamEvent> events = new ArrayList<>();
    private Exchange exchange;
    private ClientManager clients;
    private long startedAt;
    private long lastTradeReceivedNanos;
    private long lastTradeId;

    @BeforeAll
    void receiveTwoThousandFrames() throws Exception {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(5).withFirehose(4_000));
        clients = TestClient.manager();
        startedAt = System.currentTimeMillis();
        try (TestClient client = TestClient.connect(clients, exchange.wsUrl())) {
            List<String> streams = new ArrayList<>();
            for (String s : SYMBOLS) {
                streams.addAll(List.of(s + "@trade", s + "@depth20", s + "@kline_1m", s + "@miniTicker", s + "@markPrice"));
            }
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + String.join("\",\"", streams) + "\"],\"id\":1}");
            client.reply(1, WAIT);
            // The first frames may come before every stream was added: skip them.
            for (int i = 0; i < 300; i++) {
                client.next(WAIT);
            }
            while (events.size() < 2_000) {
                Decoded d = decoder.decode(client.next(WAIT));
                assertThat(d).isInstanceOf(StreamEvent.class);
                events.add((StreamEvent) d);
                if (d instanceof Trade t) {
                    lastTradeReceivedNanos = System.nanoTime();
                    lastTradeId = t.tradeId();
                }
            }
        }
    }

    @AfterAll
    void stop() {
        clients.shutdown();
        exchange.close();
    }

    @Test
    void theMixIsMostlyTradesThenDepthKlinesTickersAndMarkPrices() {
        Map<String, Integer> byType = new HashMap<>();
        events.forEach(e -> byType.merge(e.eventType(), 1, Integer::sum));
        double total = events.size();
        // Weights 57/15/10/8/5 among the kinds subscribed (95 in all).
        assertThat(byType.get("trade") / total).isCloseTo(57 / 95.0, within(0.03));
        assertThat(byType.get("depthUpdate") / total).isCloseTo(15 / 95.0, within(0.03));
        assertThat(byType.get("kline") / total).isCloseTo(10 / 95.0, within(0.03));
        assertThat(byType.get("24hrMiniTicker") / total).isCloseTo(8 / 95.0, within(0.03));
        assertThat(byType.get("markPriceUpdate") / total).isCloseTo(5 / 95.0, within(0.03));
        assertThat(byType.keySet()).containsExactlyInAnyOrder("trade", "depthUpdate", "kline", "24hrMiniTicker",
                "markPriceUpdate");
    }

    @Test
    void everySubscribedSymbolGetsFrames() {
        assertThat(events.stream().map(e -> ((MarketEvent) e).symbol()).distinct())
                .containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT");
    }

    @Test
    void tradeAndDepthIdsIncreasePerSymbol() {
        Map<String, Long> lastTrade = new HashMap<>();
        Map<String, Long> lastDepth = new HashMap<>();
        for (StreamEvent e : events) {
            if (e instanceof Trade t) {
                assertThat(t.tradeId()).isGreaterThan(lastTrade.getOrDefault(t.symbol(), 0L));
                lastTrade.put(t.symbol(), t.tradeId());
            } else if (e instanceof DepthUpdate d) {
                assertThat(d.firstUpdateId()).isLessThanOrEqualTo(d.finalUpdateId());
                assertThat(d.firstUpdateId()).isGreaterThan(lastDepth.getOrDefault(d.symbol(), 0L));
                lastDepth.put(d.symbol(), d.finalUpdateId());
            }
        }
    }

    @Test
    void eventTimesAreTheTimesOfWriting() {
        long end = System.currentTimeMillis();
        assertThat(events).allSatisfy(e -> assertThat(e.eventTime()).isBetween(startedAt, end));
    }

    @Test
    void theSendTimeOfATradeIsKnownAndBeforeItsArrival() {
        Firehose firehose = exchange.firehose().orElseThrow();
        long sentAt = firehose.sentAtNanos(lastTradeId);
        assertThat(sentAt).isNotEqualTo(-1).isLessThanOrEqualTo(lastTradeReceivedNanos);
        assertThat(firehose.sentAtNanos(Long.MAX_VALUE)).isEqualTo(-1);
        assertThat(firehose.messagesSent()).isGreaterThanOrEqualTo(2_300);
        assertThat(firehose.messagesPerSecond()).isEqualTo(4_000);
    }

    @Test
    void withoutFirehoseTheExchangeHasNone() {
        try (Exchange plain = TestExchanges.start(ExchangeOptions.defaults().withSymbols(1))) {
            assertThat(plain.firehose()).isEmpty();
        }
    }
}
