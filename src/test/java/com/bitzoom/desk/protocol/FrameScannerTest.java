package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.HostileFrames.Hostile;
import com.bitzoom.desk.protocol.ValidFrames.Valid;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner accepts only what it fully understands, and on that gives exactly what the streaming
 * and tree paths give; everything else it leaves to them.
 */
class FrameScannerTest {

    private static final String TRADE = "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,"
            + "\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1672515782100,\"m\":true}";

    private final FrameScanner scanner = new FrameScanner();
    private final StreamingDecoder streaming = new StreamingDecoder();
    private final FrameDecoder decoder = new FrameDecoder();

    static Stream<String> goldenFiles() {
        return GoldenFrames.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void onEveryGoldenFrameItAgreesWithTheTreeOrLeavesIt(String file) {
        String frame = GoldenFrames.read(file);
        Decoded scanned = scanner.decode(frame);
        if (scanned != null) {
            assertThat(scanned).isEqualTo(decoder.decodeTree(frame));
        }
    }

    @Test
    void itAcceptsEveryHotGoldenEventButTheTickerArray() {
        for (String file : new String[] {"ticker.json", "miniTicker.json", "depthUpdate.json", "kline.json",
                "trade.json", "aggTrade.json", "markPriceUpdate.json"}) {
            assertThat(scanner.decode(GoldenFrames.read(file))).as(file).isNotNull();
        }
        assertThat(scanner.decode(GoldenFrames.read("ticker-array.json"))).isNull();
    }

    @Test
    void onThousandsOfGeneratedFramesItGivesTheExpectedRecordOrLeavesIt() {
        ValidFrames frames = new ValidFrames(77L);
        int accepted = 0;
        for (int i = 0; i < 4_000; i++) {
            Valid valid = frames.next();
            Decoded scanned = scanner.decode(valid.frame());
            if (scanned != null) {
                accepted++;
                assertThat(scanned).as("frame %d: %s", i, valid.frame()).isEqualTo(valid.expected());
                assertThat(scanned).isEqualTo(streaming.decode(valid.frame()));
            }
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void itGivesBackHotEventsWrittenAsTheExchangeWritesThemUnlessANumberIsTooLongForIt() {
        ValidFrames frames = new ValidFrames(78L);
        int hot = 0;
        int accepted = 0;
        for (int i = 0; i < 4_000; i++) {
            Decoded expected = frames.next().expected();
            if (!(expected instanceof MarketEvent) || expected instanceof AllMarketTickers) {
                continue;
            }
            hot++;
            String canonical = WireJson.toWireJson(expected);
            Decoded scanned = scanner.decode(canonical);
            if (scanned != null) {
                accepted++;
                assertThat(scanned).as("frame %d: %s", i, canonical).isEqualTo(expected);
            } else {
                // The generator tries extremes: some number of more than 18 digits is why.
                assertThat(canonical).as("declined frame %d", i).containsPattern("[0-9.]{19,}");
            }
        }
        assertThat(hot).isGreaterThan(1_000);
        assertThat(accepted).isGreaterThan(hot / 10);
    }

    static Stream<Hostile> hostileFrames() {
        return HostileFrames.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFrames")
    void itNeverMakesAnEventOfAHostileFrame(Hostile hostile) {
        assertThat(scanner.decode(hostile.frame())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // white space between tokens is still the exchange's frame
            "{ \"e\" : \"trade\" , \"E\":1,\"s\":\"BTCUSDT\",\"t\":2,\"p\":\"1.5\",\"q\":\"2\",\"T\":3,\"m\":false }\n",
            "{\"e\":\"trade\",\"E\":-1,\"s\":\"A1\",\"t\":0,\"p\":\"-0.5\",\"q\":\"0\",\"T\":999999999999999999,\"m\":true}"})
    void itAcceptsPlainVariationsAndAgreesWithTheTree(String frame) {
        assertThat(scanner.decode(frame)).isNotNull().isEqualTo(decoder.decodeTree(frame));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"E\":1672515782136,\"e\":\"trade\",\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true,\"x\":1}",
            "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true,\"M\":true}",
            "{\"e\":\"trade\",\"E\":1.0,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1e3,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":01,\"s\":\"BTCUSDT\",\"t\":12345,\"p\":\"50000.00\",\"q\":\"0.100\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1234567890123456789,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1234567890.1234567890\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTC\\u0055SDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"tr\\u0061de\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true} x",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true,}",
            "{\"e\":\"trade\",\"E\":1,\"E\":2,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1.\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\".5\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":1,\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"btcusdt\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":true}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":1}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1}",
            "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1,\"m\":tru",
            "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1\",\"2\",\"3\"]],\"a\":[]}",
            "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1\"]],\"a\":[]}",
            "{\"e\":\"depthUpdate\",\"E\":1,\"s\":\"BTCUSDT\",\"U\":1,\"u\":2,\"b\":[[\"1\",\"2\"],],\"a\":[]}",
            "{\"e\":\"kline\",\"E\":1,\"s\":\"BTCUSDT\",\"k\":{\"t\":1,\"T\":2,\"s\":\"BTCUSDT\",\"i\":\"2m\",\"o\":\"1\","
                    + "\"c\":\"1\",\"h\":\"1\",\"l\":\"1\",\"v\":\"1\",\"n\":1,\"x\":false,\"q\":\"1\"}}",
            "[{\"e\":\"24hrTicker\"}]", "", "{", "{}", "{\"e\":1}", "{\"e\":\"unknown\",\"E\":1}"})
    void itLeavesAnythingUnusualToTheOtherPaths(String frame) {
        assertThat(scanner.decode(frame)).isNull();
    }

    @Test
    void theDecoderUsesItAndGivesTheSameRecord() {
        assertThat(decoder.decode(TRADE)).isEqualTo(scanner.decode(TRADE)).isEqualTo(decoder.decodeTree(TRADE));
    }

    @Test
    void aRepeatedSymbolIsOneCachedString() {
        Trade a = (Trade) scanner.decode(TRADE);
        Trade b = (Trade) scanner.decode(TRADE);
        assertThat(a.symbol()).isSameAs(b.symbol());
    }
}
