package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.MiniTicker;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistModelTest {

    private static MiniTicker ticker(String symbol, long time, String last, String open) {
        return new MiniTicker("24hrMiniTicker", time, symbol, new BigDecimal(last), new BigDecimal(open),
                new BigDecimal("110"), new BigDecimal("90"), new BigDecimal("1000"), new BigDecimal("100000"));
    }

    @Test
    void keepsTheUsersOrderAndRefusesDuplicates() {
        WatchlistModel m = new WatchlistModel(List.of("BTCUSDT", "ETHUSDT"));
        assertThat(m.add("btcusdt")).isFalse();
        assertThat(m.add("solusdt")).isTrue();
        assertThat(m.symbols()).containsExactly("BTCUSDT", "ETHUSDT", "SOLUSDT");
    }

    @Test
    void refusesABadSymbol() {
        WatchlistModel m = new WatchlistModel(List.of());
        assertThatThrownBy(() -> m.add("BTC USDT")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesAndRemovesRows() {
        WatchlistModel m = new WatchlistModel(List.of("A1", "B2", "C3"));
        m.move("C3", 0);
        assertThat(m.symbols()).containsExactly("C3", "A1", "B2");
        m.move("C3", 99);
        assertThat(m.symbols()).containsExactly("A1", "B2", "C3");
        assertThat(m.remove("B2")).isTrue();
        assertThat(m.remove("B2")).isFalse();
        assertThat(m.symbols()).containsExactly("A1", "C3");
    }

    @Test
    void aTickerUpdatesItsRowInPlace() {
        WatchlistModel m = new WatchlistModel(List.of("BTCUSDT"));
        WatchlistRow row = m.row("BTCUSDT");
        m.apply(ticker("BTCUSDT", 1, "102", "100"));
        assertThat(m.row("BTCUSDT")).isSameAs(row);
        assertThat(row.lastProperty().get().price()).isEqualByComparingTo("102");
        assertThat(row.changePercentProperty().get()).isEqualByComparingTo("2");
        assertThat(row.highProperty().get()).isEqualByComparingTo("110");
        assertThat(row.quoteVolumeProperty().get()).isEqualByComparingTo("100000");
    }

    @Test
    void theLastPriceRemembersWhichWayItMovedAndCountsChanges() {
        WatchlistModel m = new WatchlistModel(List.of("BTCUSDT"));
        WatchlistRow row = m.row("BTCUSDT");
        m.apply(ticker("BTCUSDT", 1, "100", "100"));
        m.apply(ticker("BTCUSDT", 2, "101", "100"));
        assertThat(row.lastProperty().get().direction()).isEqualTo(1);
        long seq = row.lastProperty().get().seq();
        m.apply(ticker("BTCUSDT", 3, "99", "100"));
        assertThat(row.lastProperty().get().direction()).isEqualTo(-1);
        assertThat(row.lastProperty().get().seq()).isGreaterThan(seq);
        assertThat(row.changePercentProperty().get()).isEqualByComparingTo("-1");
    }

    @Test
    void anOlderTickerThanShownIsIgnored() {
        WatchlistModel m = new WatchlistModel(List.of("BTCUSDT"));
        m.apply(ticker("BTCUSDT", 5, "105", "100"));
        m.apply(ticker("BTCUSDT", 4, "90", "100"));
        assertThat(m.row("BTCUSDT").lastProperty().get().price()).isEqualByComparingTo("105");
    }

    @Test
    void aZeroOpenShowsNoPercentage() {
        WatchlistModel m = new WatchlistModel(List.of("NEWUSDT"));
        m.apply(ticker("NEWUSDT", 1, "1", "0"));
        assertThat(m.row("NEWUSDT").changePercentProperty().get()).isNull();
    }

    @Test
    void aTickerOfASymbolNotOnTheListIsIgnored() {
        WatchlistModel m = new WatchlistModel(List.of("BTCUSDT"));
        m.apply(ticker("ETHUSDT", 1, "3000", "3000"));
        assertThat(m.symbols()).containsExactly("BTCUSDT");
    }
}
