package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleSeriesTest {

    private static final Grid GRID = new Grid(2, 3);
    private static final long T0 = 1_700_000_040_000L - 1_700_000_040_000L % 60_000L;
    private final SymbolProfile profile = SymbolCatalog.first(1).get(0);

    private static CandleAccumulator bar(long price) {
        CandleAccumulator b = new CandleAccumulator();
        b.reset(price);
        b.addTrade(price, 1);
        return b;
    }

    @Test
    void keepsAtMostTheCapNewestCandlesAndThenOffersNoMadeUpPast() {
        CandleSeries s = new CandleSeries(Interval.M1);
        for (int i = 0; i < 10; i++) {
            s.appendClosed(T0 + i * 60_000L, bar(100 + i));
        }
        s.startLive(T0 + 10 * 60_000L, bar(110));
        s.attachPast(profile, 1);
        assertThat(s.between("BTCUSDT", GRID, 20, Long.MIN_VALUE, Long.MAX_VALUE, false)).hasSize(20);

        for (int i = 0; i < CandleSeries.CAP + 100; i++) {
            s.onTrade(5000 + i, 2);
            s.rollOver("BTCUSDT", GRID);
        }
        List<Candle> all = s.between("BTCUSDT", GRID, 5000, Long.MIN_VALUE, Long.MAX_VALUE, false);
        assertThat(all).hasSize(CandleSeries.CAP + 1);   // the kept closed candles and the live one
        // 10 + 1 + 1599 closed; the 110 oldest dropped: the first kept is the roll-over of trade 5000 + 100
        assertThat(all.get(0).open()).isEqualTo(GRID.price(5000 + 100));
    }

    @Test
    void theMadeUpPastJoinsTheOldestCandleAndIsTheSameEveryTime() {
        CandleSeries s = new CandleSeries(Interval.H1);
        s.startLive(T0 - T0 % 3_600_000L, bar(5_000_000));
        s.attachPast(profile, 42);
        List<Candle> first = s.between("BTCUSDT", GRID, 300, Long.MIN_VALUE, Long.MAX_VALUE, false);
        List<Candle> again = s.between("BTCUSDT", GRID, 300, Long.MIN_VALUE, Long.MAX_VALUE, false);
        assertThat(again).isEqualTo(first);
        assertThat(first).hasSize(300);
        assertThat(first.get(298).close()).isEqualTo(first.get(299).open());
        for (int k = 1; k < first.size(); k++) {
            assertThat(first.get(k).openTime() - first.get(k - 1).openTime()).isEqualTo(3_600_000L);
        }
    }
}
