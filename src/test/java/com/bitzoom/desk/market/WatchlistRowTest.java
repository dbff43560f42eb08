package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.MiniTicker;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WatchlistRowTest {

    static MiniTicker mini(long time, String last) {
        return new MiniTicker("24hrMiniTicker", time, "BTCUSDT", new BigDecimal(last), new BigDecimal("100.00"),
                new BigDecimal("110.00"), new BigDecimal("90.00"), new BigDecimal("5.000"), new BigDecimal("500.00"));
    }

    private final WatchlistRow row = new WatchlistRow("BTCUSDT");

    @Test
    void theFirstUpdateShowsTheFiguresWithoutATick() {
        assertThat(row.apply(mini(1, "101.00"))).isTrue();

        assertThat(row.stats().orElseThrow().last()).isEqualByComparingTo("101.00");
        assertThat(row.stats().orElseThrow().changePercent()).isEqualByComparingTo("1");
        assertThat(row.previousLast()).isEmpty();
        assertThat(row.tick()).isEqualTo(WatchlistRow.Tick.UNCHANGED);
    }

    @Test
    void aHigherLastTicksUpAndALowerOneDown() {
        row.apply(mini(1, "101.00"));

        row.apply(mini(2, "102.00"));
        assertThat(row.tick()).isEqualTo(WatchlistRow.Tick.UP);
        assertThat(row.previousLast()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("101.00"));

        row.apply(mini(3, "99.50"));
        assertThat(row.tick()).isEqualTo(WatchlistRow.Tick.DOWN);
    }

    @Test
    void theSameLastWithOtherFiguresIsUnchanged() {
        row.apply(mini(1, "101.00"));

        assertThat(row.apply(mini(2, "101.00"))).isTrue();

        assertThat(row.tick()).isEqualTo(WatchlistRow.Tick.UNCHANGED);
    }

    @Test
    void anOlderFigureIsIgnored() {
        row.apply(mini(5, "101.00"));
        long version = row.version();

        assertThat(row.apply(mini(4, "50.00"))).isFalse();

        assertThat(row.stats().orElseThrow().last()).isEqualByComparingTo("101.00");
        assertThat(row.version()).isEqualTo(version);
    }

    @Test
    void theSameFigureTwiceChangesNothing() {
        row.apply(mini(5, "101.00"));
        row.apply(mini(6, "102.00"));

        assertThat(row.apply(mini(6, "102.00"))).isFalse();
        assertThat(row.tick()).isEqualTo(WatchlistRow.Tick.UP);
    }

    @Test
    void anotherSymbolIsRefused() {
        assertThatThrownBy(() -> new WatchlistRow("ETHUSDT").apply(mini(1, "1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
