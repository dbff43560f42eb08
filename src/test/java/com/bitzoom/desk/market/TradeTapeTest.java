package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.Trade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeTapeTest {

    static Trade trade(long id, String quantity) {
        return new Trade("trade", 1_000 + id, "BTCUSDT", id, new BigDecimal("100.00"), new BigDecimal(quantity),
                1_000 + id, id % 2 == 0);
    }

    @Test
    void iteratesNewestFirst() {
        TradeTape tape = new TradeTape("BTCUSDT");
        tape.add(trade(1, "1"));
        tape.add(trade(2, "1"));
        tape.add(trade(3, "1"));

        List<Long> ids = new ArrayList<>();
        tape.forEach(t -> ids.add(t.tradeId()));

        assertThat(ids).containsExactly(3L, 2L, 1L);
        assertThat(tape.get(0).tradeId()).isEqualTo(3);
    }

    @Test
    void aFullTapeWrapsAndKeepsTheLastN() {
        TradeTape tape = new TradeTape("BTCUSDT", 5, 0.95);
        for (long id = 1; id <= 12; id++) {
            tape.add(trade(id, String.valueOf(id)));
        }

        assertThat(tape.size()).isEqualTo(5);
        List<Long> ids = new ArrayList<>();
        tape.forEach(t -> ids.add(t.tradeId()));
        assertThat(ids).containsExactly(12L, 11L, 10L, 9L, 8L);
        assertThat(tape.quantity(4)).isEqualTo(8.0);
    }

    @Test
    void defaultCapacityIsTwoHundred() {
        TradeTape tape = new TradeTape("BTCUSDT");
        for (long id = 1; id <= 1_000; id++) {
            tape.add(trade(id, "1"));
        }

        assertThat(tape.capacity()).isEqualTo(200);
        assertThat(tape.size()).isEqualTo(200);
        assertThat(tape.get(199).tradeId()).isEqualTo(801);
    }

    @Test
    void aDuplicateOrOlderTradeIsIgnored() {
        TradeTape tape = new TradeTape("BTCUSDT");
        tape.add(trade(5, "1"));
        long version = tape.version();

        assertThat(tape.add(trade(5, "1"))).isFalse();
        assertThat(tape.add(trade(4, "1"))).isFalse();

        assertThat(tape.size()).isEqualTo(1);
        assertThat(tape.version()).isEqualTo(version);
    }

    @Test
    void theLargestTradesAreEmphasised() {
        TradeTape tape = new TradeTape("BTCUSDT", 200, 0.95);
        for (long id = 1; id <= 100; id++) {
            tape.add(trade(id, String.valueOf(id))); // quantities 1..100
        }

        assertThat(tape.largeThreshold()).isEqualTo(95.0);
        assertThat(tape.isLarge(0)).isTrue();   // 100
        assertThat(tape.isLarge(5)).isTrue();   // 95
        assertThat(tape.isLarge(6)).isFalse();  // 94
    }

    @Test
    void aTapeOfEqualTradesEmphasisesNone() {
        TradeTape tape = new TradeTape("BTCUSDT");
        for (long id = 1; id <= 50; id++) {
            tape.add(trade(id, "0.5"));
        }

        assertThat(tape.isLarge(0)).isFalse();
        assertThat(tape.largeThreshold()).isInfinite();
    }

    @Test
    void oneBigTradeAmongEqualOnesStandsOut() {
        TradeTape tape = new TradeTape("BTCUSDT");
        for (long id = 1; id <= 10; id++) {
            tape.add(trade(id, id == 4 ? "7" : "1"));
        }

        assertThat(tape.isLarge(6)).isTrue();
        assertThat(tape.isLarge(0)).isFalse();
    }

    @Test
    void theThresholdFollowsTheTape() {
        TradeTape tape = new TradeTape("BTCUSDT", 4, 0.75);
        tape.add(trade(1, "1"));
        tape.add(trade(2, "2"));
        tape.add(trade(3, "3"));
        tape.add(trade(4, "100"));
        assertThat(tape.isLarge(0)).isTrue();

        for (long id = 5; id <= 8; id++) {
            tape.add(trade(id, "1"));
        }

        assertThat(tape.largeThreshold()).isInfinite();
    }

    @Test
    void clearEmptiesTheTapeAndAcceptsAnyIdAgain() {
        TradeTape tape = new TradeTape("BTCUSDT");
        tape.add(trade(10, "1"));

        tape.clear();

        assertThat(tape.isEmpty()).isTrue();
        assertThat(tape.add(trade(1, "1"))).isTrue();
    }

    @Test
    void anotherSymbolsTradeIsRefused() {
        TradeTape tape = new TradeTape("ETHUSDT");

        assertThatThrownBy(() -> tape.add(trade(1, "1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingBeyondTheTapeFails() {
        TradeTape tape = new TradeTape("BTCUSDT");
        tape.add(trade(1, "1"));

        assertThatThrownBy(() -> tape.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
