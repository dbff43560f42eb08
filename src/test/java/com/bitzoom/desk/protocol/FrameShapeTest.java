package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape limits refuse what no message of the spec could be, and nothing that one could. */
class FrameShapeTest {

    private final FrameDecoder decoder = new FrameDecoder();

    private static String compactTicker(String symbol) {
        return WireJson.toWireJson(new FrameDecoder().decode(GoldenFrames.read("ticker.json"))).replace("BTCUSDT", symbol);
    }

    @Test
    void aTickerArrayForThreeThousandSymbolsDecodes() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 3_000; i++) {
            b.append(i == 0 ? "" : ",").append(compactTicker("SYM" + i + "USDT"));
        }
        String frame = b.append(']').toString();
        assertThat(frame.length()).isGreaterThan(FrameShape.SMALL_FRAME_CHARS);
        assertThat(FrameShape.problem(frame)).isNull();

        Decoded decoded = decoder.decode(frame);

        assertThat(decoded).isInstanceOf(AllMarketTickers.class);
        assertThat(((AllMarketTickers) decoded).tickers()).hasSize(3_000);
        assertThat(((AllMarketTickers) decoded).tickers().get(2_999).symbol()).isEqualTo("SYM2999USDT");
    }

    @Test
    void aSubscriptionListOfAThousandStreamsDecodes() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            names.add("sym" + i + "usdt@kline_1m" + "x".repeat(60)); // long names, to pass the small-frame size
        }
        String frame = "{\"result\":" + WireJson.toJson(names) + ",\"id\":9}";
        assertThat(frame.length()).isGreaterThan(FrameShape.SMALL_FRAME_CHARS);

        assertThat(decoder.decode(frame)).isEqualTo(new Response(names, 9L));
    }

    @Test
    void limitsAreFarAboveTheSpecsLargestMessagesAndBelowCostlyOnes() {
        assertThat(FrameShape.MAX_FIELDS).isGreaterThan(18);
        assertThat(FrameShape.MAX_ELEMENTS).isGreaterThanOrEqualTo(1_000);
        assertThat(FrameShape.MAX_DEPTH).isGreaterThan(4);
        assertThat(FrameShape.MAX_TOKEN_CHARS).isGreaterThan(StrictFields.MAX_DECIMAL_LENGTH);
    }

    @Test
    void anObjectOneFieldWiderThanTheLimitIsRefused() {
        StringBuilder atLimit = new StringBuilder("{\"a0\":0");
        for (int i = 1; i < FrameShape.MAX_FIELDS; i++) {
            atLimit.append(",\"a").append(i).append("\":").append("0".repeat(70));
        }
        String ok = atLimit + "}";
        String tooWide = atLimit + ",\"z\":0}";
        assertThat(ok.length()).isGreaterThan(FrameShape.SMALL_FRAME_CHARS);
        assertThat(FrameShape.problem(ok)).isNull();
        assertThat(FrameShape.problem(tooWide)).contains("more than " + FrameShape.MAX_FIELDS + " fields");
    }

    @Test
    void stringsInsideStringsDoNotCountAsStructure() {
        String frame = "{\"s\":\"" + "[{,".repeat(20_000) + "\"}";
        assertThat(FrameShape.problem(frame)).isNull();
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        String frame = "{\"s\":\"" + "\\\"[".repeat(20_000) + "\"}";
        assertThat(FrameShape.problem(frame)).isNull();
    }
}
