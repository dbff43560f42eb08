package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.HostileFrames.Hostile;
import com.bitzoom.desk.protocol.ValidFrames.Valid;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming fast path and the tree path give the same answer: equal records for every valid
 * frame, and never an event for a bad one.
 */
class DecodingPathsAgreeTest {

    private static final int GENERATED = 4_000;

    private final FrameDecoder decoder = new FrameDecoder();
    private final StreamingDecoder streaming = new StreamingDecoder();

    static Stream<String> goldenFiles() {
        return GoldenFrames.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void bothPathsAgreeOnEveryGoldenFrame(String file) {
        String frame = GoldenFrames.read(file);
        Decoded tree = decoder.decodeTree(frame);
        Decoded fast = streaming.decode(frame);
        if (fast != null) {
            assertThat(fast).isEqualTo(tree);
        }
        assertThat(decoder.decode(frame)).isEqualTo(tree);
    }

    @Test
    void fastPathDecidesEveryHotGoldenFrame() {
        for (String file : new String[] {"ticker.json", "miniTicker.json", "depthUpdate.json", "kline.json",
                "trade.json", "aggTrade.json", "markPriceUpdate.json", "ticker-array.json"}) {
            assertThat(streaming.decode(GoldenFrames.read(file))).as(file).isNotNull().isNotInstanceOf(Malformed.class);
        }
    }

    @Test
    void fastPathLeavesControlAndUserDataFramesToTheTree() {
        for (String file : new String[] {"ACCOUNT_UPDATE.json", "ORDER_TRADE_UPDATE.json", "listenKeyExpired.json",
                "response-subscribe.json", "response-list-subscriptions.json", "error.json"}) {
            assertThat(streaming.decode(GoldenFrames.read(file))).as(file).isNull();
        }
    }

    @Test
    void fastPathLeavesAnEventWhoseTypeIsNotFirstToTheTree() {
        String frame = "{\"E\":1,\"e\":\"trade\",\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}";
        assertThat(streaming.decode(frame)).isNull();
        assertThat(decoder.decode(frame)).isInstanceOf(Trade.class);
    }

    @Test
    void generatedValidFramesDecodeToTheirRecordsOnBothPathsAndByJsonBinding() {
        ValidFrames frames = new ValidFrames(20240611L);
        int decidedFast = 0;
        for (int i = 0; i < GENERATED; i++) {
            Valid valid = frames.next();
            String frame = valid.frame();
            assertThat(decoder.decodeTree(frame)).as("tree path, frame %d: %s", i, frame).isEqualTo(valid.expected());
            Decoded fast = streaming.decode(frame);
            if (fast != null) {
                decidedFast++;
                assertThat(fast).as("fast path, frame %d: %s", i, frame).isEqualTo(valid.expected());
            }
            assertThat(decoder.decode(frame)).as("decoder, frame %d: %s", i, frame).isEqualTo(valid.expected());
            assertThat(bind(frame, valid.expected())).as("JSON-B, frame %d: %s", i, frame).isEqualTo(valid.expected());
        }
        // Most frames lead with e, as the exchange writes them; those the fast path must decide.
        assertThat(decidedFast).isGreaterThan(GENERATED * 8 / 10);
    }

    private static Object bind(String frame, Decoded expected) {
        if (expected instanceof AllMarketTickers) {
            return new AllMarketTickers(Arrays.asList(WireJson.fromJson(frame, Ticker[].class)));
        }
        return WireJson.fromJson(frame, expected.getClass());
    }

    static Stream<Hostile> hostileFrames() {
        return HostileFrames.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrames")
    void neitherPathMakesAnEventOfAHostileFrame(Hostile hostile) {
        String frame = hostile.frame();
        if (frame.length() > FrameShape.SMALL_FRAME_CHARS && FrameShape.problem(frame) != null) {
            return; // refused before either path sees it
        }
        Decoded fast = streaming.decode(frame);
        assertThat(fast == null || fast instanceof Malformed).as("fast path gave %s", fast).isTrue();
        assertThat(decoder.decodeTree(frame)).isInstanceOf(hostile.expected());
        assertThat(decoder.decode(frame)).isInstanceOf(hostile.expected());
    }
}
