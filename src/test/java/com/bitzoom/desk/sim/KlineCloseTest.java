package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.Test;

/** A kline stream closes each candle with exactly one {@code x:true}, before the next candle starts. */
class KlineCloseTest {

    @Test
    void aMinuteCandleIsClosedExactlyOnceBeforeTheNextOneStarts() throws Exception {
        ClientManager clients = TestClient.manager();
        try (Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(2).withSpeed(4));
             TestClient client = TestClient.connect(clients, exchange.wsUrl())) {
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@kline_1m\"],\"id\":1}");
            client.reply(1, Duration.ofSeconds(10));

            List<JsonObject> candles = new ArrayList<>();
            long firstOpen = -1;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long stopAfterOpen = Long.MAX_VALUE;
            while (System.nanoTime() < deadline) {
                JsonObject k = client.nextEvent("kline", Duration.ofSeconds(10)).getJsonObject("k");
                candles.add(k);
                long t = k.getJsonNumber("t").longValue();
                if (firstOpen < 0) {
                    firstOpen = t;
                }
                if (t > firstOpen && stopAfterOpen == Long.MAX_VALUE) {
                    stopAfterOpen = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
                if (System.nanoTime() > stopAfterOpen) {
                    break;
                }
            }
            long closedOpen = firstOpen;
            List<JsonObject> ofFirst = candles.stream().filter(k -> k.getJsonNumber("t").longValue() == closedOpen).toList();
            assertThat(ofFirst.stream().filter(k -> k.getBoolean("x")).count()).isEqualTo(1);
            assertThat(ofFirst.get(ofFirst.size() - 1).getBoolean("x")).as("the close is the candle's last update").isTrue();
            int closeIndex = candles.indexOf(ofFirst.get(ofFirst.size() - 1));
            assertThat(candles.subList(0, closeIndex)).allMatch(k -> k.getJsonNumber("t").longValue() == closedOpen);
            assertThat(candles.subList(closeIndex + 1, candles.size()))
                    .isNotEmpty()
                    .allMatch(k -> k.getJsonNumber("t").longValue() == closedOpen + 60_000 && !k.getBoolean("x"));
        } finally {
            clients.shutdown();
        }
    }
}
