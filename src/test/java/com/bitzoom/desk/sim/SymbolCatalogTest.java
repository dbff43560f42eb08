package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolCatalogTest {

    @Test
    void theDefaultTwentyAreWellKnownUsdtPairs() {
        List<SymbolProfile> p = SymbolCatalog.first(20);
        assertThat(p).extracting(SymbolProfile::symbol).startsWith("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT",
                "XRPUSDT", "DOGEUSDT").contains("ADAUSDT", "AVAXUSDT").doesNotHaveDuplicates();
        assertThat(p).allMatch(s -> s.spec().quoteAsset().equals("USDT") && s.spec().status().equals("TRADING"));
    }

    @Test
    void pricesAndGridsAreRealistic() {
        SymbolProfile btc = SymbolCatalog.first(20).get(0);
        assertThat(btc.spec().tickSize()).isEqualTo(new BigDecimal("0.01"));
        assertThat(btc.spec().stepSize()).isEqualTo(new BigDecimal("0.001"));
        assertThat(btc.grid().price(btc.initialTicks())).isEqualByComparingTo("50000");
        SymbolProfile doge = SymbolCatalog.first(20).get(5);
        assertThat(doge.spec().tickSize()).isEqualTo(new BigDecimal("0.00001"));
        assertThat(doge.grid().price(doge.initialTicks())).isEqualByComparingTo("0.1");
        SymbolProfile shib = SymbolCatalog.first(20).get(19);
        assertThat(shib.spec().tickSize().scale()).isGreaterThan(doge.spec().tickSize().scale());
    }

    @Test
    void btcIsTheBusiest() {
        List<SymbolProfile> p = SymbolCatalog.first(20);
        assertThat(p).allMatch(s -> s == p.get(0) || s.tradesPerSecond() < p.get(0).tradesPerSecond());
    }

    @Test
    void generatedSymbolsAreStableUniqueAndFine() {
        List<SymbolProfile> a = SymbolCatalog.first(300);
        List<SymbolProfile> b = SymbolCatalog.first(300);
        assertThat(a).isEqualTo(b);
        assertThat(new HashSet<>(a.stream().map(SymbolProfile::symbol).toList())).hasSize(300);
        for (SymbolProfile s : a) {
            assertThat(s.initialTicks()).as(s.symbol()).isGreaterThanOrEqualTo(2_000);
            assertThat(s.initialTicks() / 5).as(s.symbol()).isGreaterThan(OrderBook.LEVELS * s.levelSpacing());
            assertThat(s.meanTradeSteps()).isPositive();
            assertThat(s.spec().symbol()).matches("[A-Z0-9]{5,20}");
        }
    }

    @Test
    void countsOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> SymbolCatalog.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SymbolCatalog.first(1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
