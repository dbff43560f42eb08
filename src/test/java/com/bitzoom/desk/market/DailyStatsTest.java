package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DailyStatsTest {

    static MiniTicker mini(String last, String open) {
        return new MiniTicker("24hrMiniTicker", 1_000, "BTCUSDT", new BigDecimal(last), new BigDecimal(open),
                new BigDecimal("51000.00"), new BigDecimal("49000.00"), new BigDecimal("10000.000"),
                new BigDecimal("495000000.00"));
    }

    @Test
    void changeIsLastMinusOpenAndPercentOfTheOpen() {
        DailyStats stats = DailyStats.of(mini("50000.00", "49500.00"));

        assertThat(stats.change()).isEqualByComparingTo("500.00");
        assertThat(stats.changePercent()).isEqualByComparingTo("1.0101");
        assertThat(stats.changePercent().scale()).isEqualTo(4);
        assertThat(stats.direction()).isEqualTo(1);
        assertThat(stats.changePercentKnown()).isTrue();
    }

    @Test
    void aFallIsNegative() {
        DailyStats stats = DailyStats.of(mini("45000.00", "50000.00"));

        assertThat(stats.change()).isEqualByComparingTo("-5000.00");
        assertThat(stats.changePercent()).isEqualByComparingTo("-10.0000");
        assertThat(stats.changePercentValue()).isEqualTo(-10.0);
        assertThat(stats.direction()).isEqualTo(-1);
    }

    @Test
    void noChangeIsZero() {
        DailyStats stats = DailyStats.of(mini("50000.00", "50000.00"));

        assertThat(stats.changePercent()).isEqualByComparingTo("0");
        assertThat(stats.direction()).isZero();
    }

    @Test
    void aZeroOpenGivesNoPercentageInsteadOfFailing() {
        DailyStats stats = DailyStats.of(mini("1.00", "0.00"));

        assertThat(stats.changePercentKnown()).isFalse();
        assertThat(stats.changePercent()).isEqualByComparingTo("0");
        assertThat(stats.changePercentValue()).isNaN();
        assertThat(stats.change()).isEqualByComparingTo("1.00");
    }

    @Test
    void figuresAreCarriedOver() {
        DailyStats stats = DailyStats.of(mini("50000.00", "49500.00"));

        assertThat(stats.symbol()).isEqualTo("BTCUSDT");
        assertThat(stats.high()).isEqualByComparingTo("51000.00");
        assertThat(stats.low()).isEqualByComparingTo("49000.00");
        assertThat(stats.baseVolume()).isEqualByComparingTo("10000.000");
        assertThat(stats.quoteVolume()).isEqualByComparingTo("495000000.00");
    }

    @Test
    void aFullTickerGivesTheSameFigures() {
        Ticker ticker = new Ticker("24hrTicker", 1_000, "BTCUSDT", new BigDecimal("500.00"), new BigDecimal("1.01"),
                new BigDecimal("49500.00"), new BigDecimal("50000.00"), new BigDecimal("0.500"),
                new BigDecimal("49500.00"), new BigDecimal("51000.00"), new BigDecimal("49000.00"),
                new BigDecimal("10000.000"), new BigDecimal("495000000.00"), 0, 1, 100, 200, 101);

        assertThat(DailyStats.of(ticker)).isEqualTo(DailyStats.of(mini("50000.00", "49500.00")));
    }
}
