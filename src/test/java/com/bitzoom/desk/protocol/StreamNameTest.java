package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.StreamName.DepthSpeed;
import com.bitzoom.desk.protocol.StreamName.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stream names: every form of the spec round-trips; everything else is refused, saying why. */
class StreamNameTest {

    /** Every stream form of the spec, for one symbol, as the wire writes it. */
    static List<String> everyWireForm() {
        List<String> names = new ArrayList<>(List.of("btcusdt@ticker", "btcusdt@miniTicker", "!ticker@arr",
                "btcusdt@trade", "btcusdt@aggTrade", "btcusdt@markPrice", "btcusdt@markPrice@1s"));
        for (int levels : new int[] {5, 10, 20}) {
            names.add("btcusdt@depth" + levels);
            for (DepthSpeed speed : DepthSpeed.values()) {
                names.add("btcusdt@depth" + levels + "@" + speed.wire());
            }
        }
        for (Interval interval : Interval.values()) {
            names.add("btcusdt@kline_" + interval.wire());
        }
        return names;
    }

    @Test
    void theSpecHasFortyStreamFormsForOneSymbol() {
        // 7 simple forms + 3 depth levels x (default + 3 speeds) + 15 kline intervals.
        assertThat(everyWireForm()).hasSize(7 + 12 + 15).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWireForm")
    void everyFormRoundTripsFromWireToWire(String wire) {
        StreamName parsed = StreamName.parse(wire);
        assertThat(parsed.wire()).isEqualTo(wire);
        assertThat(parsed.toString()).isEqualTo(wire);
        assertThat(StreamName.parse(parsed.wire())).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    }

    static Stream<Arguments> factories() {
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of("btcusdt@ticker", StreamName.ticker("btcusdt")),
                Arguments.of("btcusdt@miniTicker", StreamName.miniTicker("btcusdt")),
                Arguments.of("!ticker@arr", StreamName.allTickers()),
                Arguments.of("btcusdt@trade", StreamName.trade("btcusdt")),
                Arguments.of("btcusdt@aggTrade", StreamName.aggTrade("btcusdt")),
                Arguments.of("btcusdt@markPrice", StreamName.markPrice("btcusdt")),
                Arguments.of("btcusdt@markPrice@1s", StreamName.markPriceEverySecond("btcusdt"))));
        for (int levels : new int[] {5, 10, 20}) {
            cases.add(Arguments.of("btcusdt@depth" + levels, StreamName.depth("btcusdt", levels)));
            for (DepthSpeed speed : DepthSpeed.values()) {
                cases.add(Arguments.of("btcusdt@depth" + levels + "@" + speed.wire(),
                        StreamName.depth("btcusdt", levels, speed)));
            }
        }
        for (Interval interval : Interval.values()) {
            cases.add(Arguments.of("btcusdt@kline_" + interval.wire(), StreamName.kline("btcusdt", interval)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factories")
    void factoryEqualsTheParsedName(String wire, StreamName built) {
        assertThat(built).isEqualTo(StreamName.parse(wire));
        assertThat(built.wire()).isEqualTo(wire);
    }

    @Test
    void symbolsAreUpperCaseInTheValueAndLowerCaseOnTheWire() {
        StreamName name = StreamName.trade("BtcUsdt");
        assertThat(name.symbol()).isEqualTo("BTCUSDT");
        assertThat(name.wire()).isEqualTo("btcusdt@trade");
        assertThat(StreamName.parse("BTCUSDT@trade")).isEqualTo(name);
    }

    @Test
    void depthNameCarriesLevelsAndSpeed() {
        StreamName name = StreamName.parse("ethusdt@depth10@100ms");
        assertThat(name.kind()).isEqualTo(Kind.DEPTH);
        assertThat(name.symbol()).isEqualTo("ETHUSDT");
        assertThat(name.depthLevels()).isEqualTo(10);
        assertThat(name.depthSpeed()).isEqualTo(DepthSpeed.MS_100);
        assertThat(name.depthSpeed().millis()).isEqualTo(100);
        assertThat(StreamName.parse("ethusdt@depth20").depthSpeed()).isNull();
    }

    @Test
    void klineNameCarriesItsInterval() {
        StreamName name = StreamName.parse("btcusdt@kline_1M");
        assertThat(name.kind()).isEqualTo(Kind.KLINE);
        assertThat(name.interval()).isEqualTo(Interval.MONTH1);
        assertThat(StreamName.parse("btcusdt@kline_1m").interval()).isEqualTo(Interval.M1);
    }

    @Test
    void markPriceEverySecondIsItsOwnStream() {
        assertThat(StreamName.parse("btcusdt@markPrice@1s").everySecond()).isTrue();
        assertThat(StreamName.parse("btcusdt@markPrice").everySecond()).isFalse();
        assertThat(StreamName.markPrice("btcusdt")).isNotEqualTo(StreamName.markPriceEverySecond("btcusdt"));
    }

    @Test
    void allMarketTickersHaveNoSymbol() {
        StreamName all = StreamName.parse("!ticker@arr");
        assertThat(all.kind()).isEqualTo(Kind.ALL_TICKERS);
        assertThat(all.symbol()).isNull();
    }

    @Test
    void namesSortByTheirWireForm() {
        assertThat(StreamName.trade("ethusdt")).isGreaterThan(StreamName.trade("btcusdt"));
    }

    /** Each invalid name with a fragment its message must contain. */
    static Stream<Arguments> invalidNames() {
        return Stream.of(
                Arguments.of("", "empty"),
                Arguments.of(" ", "whitespace"),
                Arguments.of("btc usdt@trade", "whitespace"),
                Arguments.of("btcusdt@trade ", "whitespace"),
                Arguments.of(" btcusdt@trade", "whitespace"),
                Arguments.of("btcusdt@ticker\n", "whitespace"),
                Arguments.of("btcusdt@ticker\t", "whitespace"),
                Arguments.of("btcusdt@trade@x", "unexpected suffix '@x'"),
                Arguments.of("btc@usdt@trade", "unknown stream 'usdt'"),
                Arguments.of("btcusdt@trade@trade", "unexpected suffix '@trade'"),
                Arguments.of("btcusdt@depth10@100ms@x", "too many '@' parts"),
                Arguments.of("btcusdt@foo", "unknown stream 'foo'"),
                Arguments.of("btcusdt@Trade", "unknown stream 'Trade'"),
                Arguments.of("btcusdt@TICKER", "unknown stream 'TICKER'"),
                Arguments.of("btcusdt@miniticker", "unknown stream 'miniticker'"),
                Arguments.of("btcusdt@depth7", "depth levels '7' must be 5, 10 or 20"),
                Arguments.of("btcusdt@depth", "depth levels '' must be 5, 10 or 20"),
                Arguments.of("btcusdt@depth05", "depth levels '05'"),
                Arguments.of("btcusdt@depth-5", "depth levels '-5'"),
                Arguments.of("btcusdt@depth10@200ms", "depth speed '200ms' must be 100ms, 250ms or 500ms"),
                Arguments.of("btcusdt@depth5@100", "depth speed '100'"),
                Arguments.of("btcusdt@kline_2m", "kline interval '2m'"),
                Arguments.of("btcusdt@kline_", "kline interval ''"),
                Arguments.of("btcusdt@kline_1H", "kline interval '1H'"),
                Arguments.of("btcusdt@kline_1m1", "kline interval '1m1'"),
                Arguments.of("btcusdt@kline_1h@1s", "unexpected suffix '@1s'"),
                Arguments.of("btcusdt@markPrice@3s", "mark price speed '3s' is not 1s"),
                Arguments.of("btcusdt@aggTrade@1s", "unexpected suffix '@1s'"),
                Arguments.of("abcdefghijklmnopqrstu@trade", "longer than 20 characters"),
                Arguments.of("btcusdt", "no '@<stream>' suffix"),
                Arguments.of("@trade", "symbol is empty"),
                Arguments.of("btc-usdt@trade", "only letters A-Z and digits"),
                Arguments.of("btc_usdt@trade", "only letters A-Z and digits"),
                Arguments.of("\"btcusdt@trade", "only letters A-Z and digits"),
                Arguments.of("btcusdt@trade\",\"x", "unknown stream 'trade\",\"x'"),
                Arguments.of("btcüsdt@trade", "not printable ASCII"),
                Arguments.of("\uD83D\uDCB0@trade", "not printable ASCII"),
                Arguments.of("btcusdt@trade\u0000", "not printable ASCII"),
                Arguments.of("btcusdt@trade\u007f", "not printable ASCII"),
                Arguments.of("btc\u200Busdt@trade", "not printable ASCII"),
                Arguments.of("btcusdt@trade\uD800", "not printable ASCII"),
                Arguments.of("btcusdt@", "ends with '@'"),
                Arguments.of("btcusdt@depth20@", "ends with '@'"),
                Arguments.of("btcusdt@@trade", "empty part between '@'s"),
                Arguments.of("!ticker@arr@x", "the only one is !ticker@arr"),
                Arguments.of("!TICKER@ARR", "the only one is !ticker@arr"),
                Arguments.of("!miniTicker@arr", "the only one is !ticker@arr"),
                Arguments.of("!ticker", "the only one is !ticker@arr"),
                Arguments.of("!ticker@arr ", "whitespace"),
                Arguments.of("b".repeat(65) + "@trade", "too long"));
    }

    @Test
    void thereAreMoreThanThirtyInvalidNames() {
        assertThat(invalidNames().count()).isGreaterThan(30);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("invalidNames")
    void invalidNameIsRefusedSayingWhatIsWrong(String name, String why) {
        assertThatThrownBy(() -> StreamName.parse(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @Test
    void missingNameIsRefused() {
        assertThatThrownBy(() -> StreamName.parse(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void factoriesRefuseBadSymbolsAndLevels() {
        assertThatThrownBy(() -> StreamName.trade("")).hasMessageContaining("symbol is empty");
        assertThatThrownBy(() -> StreamName.ticker("btc usdt")).hasMessageContaining("only letters A-Z and digits");
        assertThatThrownBy(() -> StreamName.kline("x".repeat(21), Interval.H1)).hasMessageContaining("longer than 20");
        assertThatThrownBy(() -> StreamName.depth("btcusdt", 7)).hasMessageContaining("depth levels 7 must be 5, 10 or 20");
        assertThatThrownBy(() -> StreamName.depth("btcusdt", 15, DepthSpeed.MS_100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesNeverEchoControlCharacters() {
        assertThatThrownBy(() -> StreamName.parse("btc\u001b[31musdt@trade"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
    }
}
