package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolCatalogTest {

    private static SymbolCatalog catalog() {
        SymbolCatalog c = new SymbolCatalog();
        c.setListings(List.of(
                new SymbolCatalog.Listing("ETHUSDT", new BigDecimal("0.01"), new BigDecimal("0.001")),
                new SymbolCatalog.Listing("BTCUSDT", new BigDecimal("0.10"), new BigDecimal("0.001")),
                new SymbolCatalog.Listing("WBTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.0001"))));
        return c;
    }

    @Test
    void suggestsSymbolsStartingWithWhatWasTypedFirstThenThoseContainingIt() {
        assertThat(catalog().suggest("btc")).containsExactly("BTCUSDT", "WBTCUSDT");
        assertThat(catalog().suggest("  ")).isEmpty();
    }

    @Test
    void acceptsOnlyListedSymbolsOnceTheListHasArrived() {
        SymbolCatalog empty = new SymbolCatalog();
        assertThat(empty.accepts("ANYUSDT")).isTrue();
        assertThat(catalog().accepts("ANYUSDT")).isFalse();
        assertThat(catalog().accepts("ETHUSDT")).isTrue();
    }

    @Test
    void formatsEachSymbolToItsTickSize() {
        assertThat(catalog().format("BTCUSDT").priceScale()).isEqualTo(1);
        assertThat(catalog().format("UNKNOWN").priceScale()).isEqualTo(2);
        assertThat(catalog().tickSize("ETHUSDT")).isEqualByComparingTo("0.01");
    }
}
