package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.Decoded;
import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Malformed;
import com.bitzoom.desk.protocol.StreamEvent;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.protocol.WireJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The firehose's made-up market writes valid spec payloads, byte for byte what JSON-B would write. */
class SyntheticSymbolTest {

    private static final long NOW = 1_672_515_782_136L;
    private final FrameDecoder decoder = new FrameDecoder();
    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void decimalsAreWrittenAsBigDecimalWritesThemPlain() {
        long[] units = {0, 1, 9, 10, 99, 100, 101, 5_000_000, 123_456_789_012L, -1, -10, -5_000_001};
        for (long u : units) {
            for (int scale = 0; scale <= 12; scale++) {
                StringBuilder b = new StringBuilder();
                FrameText.plainDecimal(b, u, scale);
                assertThat(b.toString()).as("%d scale %d", u, scale)
                        .isEqualTo(BigDecimal.valueOf(u, scale).toPlainString());
            }
        }
    }

    @ParameterizedTest(name = "{0} (tick scale {1}, step scale {2})")
    @CsvSource({"BTCUSDT, 2, 3, 5000000", "SHIBUSDT, 8, 0, 2500", "XRPUSDT, 5, 1, 55000", "BIGUSDT, 0, 3, 7",
            "NOPRICEUSDT, 4, 2, 0"})
    void everyKindOfFrameDecodesAndReencodesIdentically(String symbol, int tickScale, int stepScale, long ticks) {
        SyntheticSymbol s = new SyntheticSymbol(symbol, tickScale, stepScale, ticks);
        for (int i = 1; i <= 60; i++) {
            long now = NOW + i * 7_919L; // crosses minute boundaries, so closed candles are written too
            s.trade(i, now, random);
            roundTrips(b -> s.writeTrade(b, now, true));
            roundTrips(b -> s.writeAggTrade(b, now, false));
            for (int levels : new int[] {5, 10, 20}) {
                roundTrips(b -> s.writeDepth(b, 1_000 + now, levels, now, random));
            }
            for (Interval interval : Interval.values()) {
                roundTrips(b -> s.writeKline(b, interval, now));
            }
            roundTrips(b -> s.writeMiniTicker(b, now));
            roundTrips(b -> s.writeTicker(b, now));
            roundTrips(b -> s.writeMarkPrice(b, now, random));
        }
    }

    @Test
    void pricesStayOnTheTickGridAndTheBookIsNeverCrossed() {
        SyntheticSymbol s = new SyntheticSymbol("BTCUSDT", 2, 3, 5_000_000);
        for (int i = 1; i <= 5_000; i++) {
            s.trade(i, NOW + i, random);
            Trade t = (Trade) decode(b -> s.writeTrade(b, NOW, false));
            assertThat(t.price().scale()).isEqualTo(2);
            assertThat(t.price().signum()).isPositive();
            assertThat(t.quantity().signum()).isPositive();
            DepthUpdate d = (DepthUpdate) decode(b -> s.writeDepth(b, 1, 20, NOW, random));
            assertThat(d.bids()).hasSize(20);
            assertThat(d.bids().get(19).price().signum()).isPositive();
            assertThat(d.bids().get(0).price()).isLessThan(d.asks().get(0).price());
            assertThat(d.bids().get(0).price()).isGreaterThan(d.bids().get(1).price());
            assertThat(d.asks().get(0).price()).isLessThan(d.asks().get(1).price());
        }
    }

    @Test
    void aCandleIsSentClosedOnceWhenTheNextOneOpens() {
        SyntheticSymbol s = new SyntheticSymbol("BTCUSDT", 2, 3, 5_000_000);
        long minute = Interval.M1.openTimeOf(NOW);
        s.trade(1, minute + 10, random);
        KlineEvent first = (KlineEvent) decode(b -> s.writeKline(b, Interval.M1, minute + 10));
        s.trade(2, minute + 20, random);
        s.trade(3, minute + 60_005, random);
        List<KlineEvent> next = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            next.add((KlineEvent) decode(b -> s.writeKline(b, Interval.M1, minute + 60_010)));
        }
        assertThat(first.candle().closed()).isFalse();
        assertThat(next.get(0).candle().openTime()).isEqualTo(minute);
        assertThat(next.get(0).candle().closed()).isTrue();
        assertThat(next.get(0).candle().tradeCount()).isEqualTo(1); // the trade after the first kline
        assertThat(next.get(1).candle().openTime()).isEqualTo(minute + 60_000);
        assertThat(next.get(1).candle().closed()).isFalse();
        assertThat(next.get(1).candle().tradeCount()).isEqualTo(1);
    }

    private StreamEvent decode(Consumer<StringBuilder> writer) {
        StringBuilder b = new StringBuilder();
        writer.accept(b);
        Decoded d = decoder.decode(b.toString());
        assertThat(d).as(b.toString()).isInstanceOf(StreamEvent.class);
        return (StreamEvent) d;
    }

    private void roundTrips(Consumer<StringBuilder> writer) {
        StringBuilder b = new StringBuilder();
        writer.accept(b);
        String frame = b.toString();
        Decoded d = decoder.decode(frame);
        assertThat(d).as(frame).isNotInstanceOf(Malformed.class).isInstanceOf(StreamEvent.class);
        assertThat(WireJson.toWireJson(d)).isEqualTo(frame);
    }
}
