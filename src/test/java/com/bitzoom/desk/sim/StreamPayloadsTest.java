package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.Interval;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stream kind delivers payloads with exactly the keys and JSON value types of the spec's
 * examples, so that a client in any language can read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamPayloadsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Exchange exchange;
    private ClientManager clients;
    private TestClient client;

    @BeforeAll
    void start() {
        exchange = TestExchanges.start(ExchangeOptions.defaults().withMaxConnectionsPerIp(100).withSpeed(4));
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
    void tradeHasTheSpecShape() throws Exception {
        subscribe("btcusdt@trade");
        assertShape(client.nextEvent("trade", WAIT), SpecExamples.TRADE);
    }

    @Test
    void tradeIdsIncrease() throws Exception {
        subscribe("btcusdt@trade");
        long previous = client.nextEvent("trade", WAIT).getJsonNumber("t").longValue();
        for (int i = 0; i < 5; i++) {
            long id = client.nextEvent("trade", WAIT).getJsonNumber("t").longValue();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void aggTradeHasTheProjectsShape() throws Exception {
        subscribe("btcusdt@aggTrade");
        JsonObject agg = client.nextEvent("aggTrade", WAIT);
        assertShape(agg, SpecExamples.AGG_TRADE);
        assertThat(agg.getJsonNumber("l").longValue()).isGreaterThanOrEqualTo(agg.getJsonNumber("f").longValue());
    }

    @Test
    void tickerHasTheSpecShape() throws Exception {
        subscribe("ethusdt@ticker");
        JsonObject t = client.nextEvent("24hrTicker", WAIT);
        assertShape(t, SpecExamples.TICKER);
        assertThat(t.getString("s")).isEqualTo("ETHUSDT");
    }

    @Test
    void miniTickerHasTheSpecShape() throws Exception {
        subscribe("btcusdt@miniTicker");
        assertShape(client.nextEvent("24hrMiniTicker", WAIT), SpecExamples.MINI_TICKER);
    }

    @Test
    void allTickersIsOneArrayWithATickerForEverySymbol() throws Exception {
        subscribe("!ticker@arr");
        JsonArray all = (JsonArray) TestClient.parse(client.next(f -> f.startsWith("["), WAIT));
        assertThat(all).hasSize(20);
        for (int i = 0; i < all.size(); i++) {
            assertShape(all.getJsonObject(i), SpecExamples.TICKER);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"btcusdt@depth5", "btcusdt@depth10", "btcusdt@depth20", "btcusdt@depth5@100ms",
            "btcusdt@depth10@250ms", "btcusdt@depth20@500ms"})
    void depthHasTheSpecShapeAndTheAskedLevels(String stream) throws Exception {
        subscribe(stream);
        int levels = Integer.parseInt(stream.replaceAll(".*@depth(\\d+).*", "$1"));
        JsonObject d = client.nextEvent("depthUpdate", WAIT);
        assertShape(d, SpecExamples.DEPTH);
        assertThat(d.getJsonArray("b")).hasSize(levels);
        assertThat(d.getJsonArray("a")).hasSize(levels);
        assertThat(d.getJsonNumber("u").longValue()).isGreaterThanOrEqualTo(d.getJsonNumber("U").longValue());
    }

    @Test
    void depthUpdateIdsIncreaseFromSnapshotToSnapshot() throws Exception {
        subscribe("btcusdt@depth5@100ms");
        long previous = client.nextEvent("depthUpdate", WAIT).getJsonNumber("u").longValue();
        for (int i = 0; i < 5; i++) {
            long u = client.nextEvent("depthUpdate", WAIT).getJsonNumber("u").longValue();
            assertThat(u).isGreaterThan(previous);
            previous = u;
        }
    }

    @Test
    void depthIsNeverCrossed() throws Exception {
        subscribe("btcusdt@depth20@100ms");
        for (int i = 0; i < 5; i++) {
            JsonObject d = client.nextEvent("depthUpdate", WAIT);
            double bestBid = Double.parseDouble(d.getJsonArray("b").getJsonArray(0).getString(0));
            double bestAsk = Double.parseDouble(d.getJsonArray("a").getJsonArray(0).getString(0));
            assertThat(bestBid).isLessThan(bestAsk);
        }
    }

    @ParameterizedTest
    @EnumSource(Interval.class)
    void klineOfEveryIntervalHasTheSpecShape(Interval interval) throws Exception {
        subscribe("btcusdt@kline_" + interval.wire());
        JsonObject k = client.nextEvent("kline", WAIT);
        assertShape(k, SpecExamples.KLINE);
        assertThat(k.getJsonObject("k").getString("i")).isEqualTo(interval.wire());
        assertThat(k.getJsonObject("k").getJsonNumber("t").longValue()).isEqualTo(
                interval.openTimeOf(k.getJsonObject("k").getJsonNumber("t").longValue()));
    }

    @Test
    void aKlineStreamKeepsSendingTheCurrentCandleWithoutTrades() throws Exception {
        subscribe("btcusdt@kline_1w");
        for (int i = 0; i < 3; i++) {
            assertThat(client.nextEvent("kline", WAIT).getJsonObject("k").getBoolean("x")).isFalse();
        }
    }

    @Test
    void markPriceHasTheSpecShape() throws Exception {
        subscribe("btcusdt@markPrice");
        JsonObject m = client.nextEvent("markPriceUpdate", WAIT);
        assertShape(m, SpecExamples.MARK_PRICE);
        assertThat(m.getJsonNumber("T").longValue() % (8 * 3_600_000L)).isZero();
    }

    @Test
    void markPriceEverySecondHasTheSpecShape() throws Exception {
        subscribe("btcusdt@markPrice@1s");
        for (int i = 0; i < 2; i++) {
            assertShape(client.nextEvent("markPriceUpdate", WAIT), SpecExamples.MARK_PRICE);
        }
    }

    @Test
    void oneSubscriberOfEveryStreamOfASymbolGetsEveryKind() throws Exception {
        List<String> streams = new ArrayList<>(List.of("solusdt@trade", "solusdt@aggTrade", "solusdt@ticker",
                "solusdt@miniTicker", "solusdt@depth10", "solusdt@markPrice@1s", "solusdt@kline_1m"));
        subscribe(streams.toArray(String[]::new));
        for (String type : List.of("trade", "aggTrade", "24hrTicker", "24hrMiniTicker", "depthUpdate", "markPriceUpdate", "kline")) {
            assertThat(client.nextEvent(type, WAIT).getString("s")).isEqualTo("SOLUSDT");
        }
    }

    private void subscribe(String... streams) throws Exception {
        client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + String.join("\",\"", streams) + "\"],\"id\":1}");
        assertThat(client.reply(1, WAIT).toString()).isEqualTo("{\"result\":null,\"id\":1}");
    }

    private static void assertShape(JsonObject payload, String example) {
        assertThat(JsonShape.differences(SpecExamples.json(example), payload)).as(payload.toString()).isEmpty();
    }
}
