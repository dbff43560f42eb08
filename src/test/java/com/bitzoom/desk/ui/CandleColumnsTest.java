package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CandleColumnsTest {

    private static Candle candle(long minute, String close) {
        long t = minute * 60_000L;
        BigDecimal c = new BigDecimal(close);
        return new Candle(t, t + 59_999, "BTCUSDT", Interval.M1, c, c, c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE),
                new BigDecimal("2.5"), 10, true, c);
    }

    @Test
    void readsTheSeriesWithoutCopyingIt() {
        CandleSeries series = new CandleSeries("BTCUSDT", Interval.M1);
        CandleColumns columns = new CandleColumns();
        columns.setSeries(series);
        assertThat(columns.isEmpty()).isTrue();
        series.merge(candle(1, "100"));
        series.merge(candle(2, "101"));
        assertThat(columns.size()).isEqualTo(2);
        assertThat(columns.getOhlcvItem(1).getClose()).isEqualTo(101);
        assertThat(columns.getOhlcvItem(1).getHigh()).isEqualTo(102);
        assertThat(columns.getOhlcvItem(1).getVolume()).isEqualTo(2.5);
        assertThat(columns.getOhlcvItem(0).getTimeStamp().getTime()).isEqualTo(60_000L);
    }

    @Test
    void findsTheCandleUnderATime() {
        CandleSeries series = new CandleSeries("BTCUSDT", Interval.M1);
        for (int m = 10; m < 20; m++) {
            series.merge(candle(m, "100"));
        }
        CandleColumns columns = new CandleColumns();
        columns.setSeries(series);
        assertThat(columns.floorIndex(9 * 60_000L)).isEqualTo(-1);
        assertThat(columns.floorIndex(10 * 60_000L)).isZero();
        assertThat(columns.floorIndex(12 * 60_000L + 30_000)).isEqualTo(2);
        assertThat(columns.floorIndex(99 * 60_000L)).isEqualTo(9);
    }
}
