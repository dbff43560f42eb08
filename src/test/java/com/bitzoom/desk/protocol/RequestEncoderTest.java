package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests are written byte for byte as the spec's examples ({@code JSON.stringify} output). */
class RequestEncoderTest {

    @Test
    void subscribeMatchesTheSpec() {
        assertThat(RequestEncoder.subscribe(List.of(StreamName.ticker("btcusdt"), StreamName.ticker("ethusdt")), 1))
                .isEqualTo("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@ticker\",\"ethusdt@ticker\"],\"id\":1}");
    }

    @Test
    void unsubscribeMatchesTheSpec() {
        assertThat(RequestEncoder.unsubscribe(List.of(StreamName.ticker("btcusdt")), 2))
                .isEqualTo("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@ticker\"],\"id\":2}");
    }

    @Test
    void listSubscriptionsMatchesTheSpec() {
        assertThat(RequestEncoder.listSubscriptions(3)).isEqualTo("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
    }

    @Test
    void streamsAreWrittenInTheirWireFormInTheOrderGiven() {
        assertThat(RequestEncoder.subscribe(List.of(StreamName.depth("BTCUSDT", 10, StreamName.DepthSpeed.MS_100),
                StreamName.allTickers(), StreamName.kline("btcusdt", Interval.MONTH1)), 42))
                .isEqualTo("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@depth10@100ms\",\"!ticker@arr\","
                        + "\"btcusdt@kline_1M\"],\"id\":42}");
    }

    @Test
    void requestsAreValidJsonThatReadsBackAsSent() {
        String request = RequestEncoder.subscribe(List.of(StreamName.trade("btcusdt")), 7);
        var tree = GoldenFrames.tree(request).asJsonObject();
        assertThat(tree.getString("method")).isEqualTo("SUBSCRIBE");
        assertThat(tree.getJsonArray("params").getString(0)).isEqualTo("btcusdt@trade");
        assertThat(tree.getJsonNumber("id").longValue()).isEqualTo(7);
    }

    @Test
    void subscribingToNothingIsRefused() {
        assertThatThrownBy(() -> RequestEncoder.subscribe(List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one stream");
    }
}
