package com.bitzoom.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SymbolFormatTest {

    @Test
    void pricesHaveTheTickSizesDecimalsAndThousandsSeparators() {
        SymbolFormat f = SymbolFormat.of(new BigDecimal("0.01"), new BigDecimal("0.001"));
        assertThat(f.price(new BigDecimal("67123.4"))).isEqualTo("67,123.40");
        assertThat(f.price(67123.456)).isEqualTo("67,123.46");
        assertThat(f.quantity(new BigDecimal("1.5"))).isEqualTo("1.500");
    }

    @Test
    void aTickSizeWithTrailingZerosCountsOnlyItsSignificantDecimals() {
        SymbolFormat f = SymbolFormat.of(new BigDecimal("0.00001000"), new BigDecimal("1"));
        assertThat(f.priceScale()).isEqualTo(5);
        assertThat(f.quantityScale()).isZero();
        assertThat(f.price(new BigDecimal("0.1"))).isEqualTo("0.10000");
        assertThat(f.quantity(new BigDecimal("1234"))).isEqualTo("1,234");
    }

    @Test
    void volumesAreWrittenCompactly() {
        assertThat(SymbolFormat.compact(999)).isEqualTo("999.0");
        assertThat(SymbolFormat.compact(1234)).isEqualTo("1.23K");
        assertThat(SymbolFormat.compact(495_000_000)).isEqualTo("495.0M");
        assertThat(SymbolFormat.compact(2.5e9)).isEqualTo("2.50B");
    }

    @Test
    void percentagesAlwaysShowTheirSign() {
        assertThat(SymbolFormat.percent(new BigDecimal("1.0204"))).isEqualTo("+1.02%");
        assertThat(SymbolFormat.percent(new BigDecimal("-0.456"))).isEqualTo("-0.46%");
        assertThat(SymbolFormat.percent(BigDecimal.ZERO)).isEqualTo("0.00%");
    }

    @Test
    void missingValuesAreBlank() {
        SymbolFormat f = SymbolFormat.fallback();
        assertThat(f.price((BigDecimal) null)).isEmpty();
        assertThat(f.price(Double.NaN)).isEmpty();
        assertThat(SymbolFormat.percent(null)).isEmpty();
    }
}
