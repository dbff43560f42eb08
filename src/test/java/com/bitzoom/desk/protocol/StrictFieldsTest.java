package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decimal strings and symbols as the decoder accepts them. */
class StrictFieldsTest {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.00", "50000.00", "0.100", "0.00010000", "00.5", "-12.50",
            "123456789012345678", "1234567890123456789", "99999999999999999.9", "999999999999999999.99",
            "-9223372036854775808", "9223372036854775807.123"})
    void plainDecimalsKeepValueAndScale(String s) {
        BigDecimal d = StrictFields.decimalOrNull(s);
        assertThat(d).isEqualTo(new BigDecimal(s));
        assertThat(d.scale()).isEqualTo(new BigDecimal(s).scale());
        assertThat(d.toPlainString()).isEqualTo(new BigDecimal(s).toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.", ".5", "-.5", "+1", " 1", "1 ", "1,5", "1.2.3", "1e3", "1E3", "0x10",
            "NaN", "Infinity", "--1", "1-", "١٢", "1\u00002"})
    void anythingElseIsNotADecimal(String s) {
        assertThat(StrictFields.decimalOrNull(s)).isNull();
        assertThat(StrictFields.isDecimal(s)).isFalse();
    }

    @Test
    void decimalsLongerThanSixtyFourCharactersAreRefused() {
        assertThat(StrictFields.decimalOrNull("1".repeat(64))).isEqualTo(new BigDecimal("1".repeat(64)));
        assertThat(StrictFields.decimalOrNull("1".repeat(65))).isNull();
    }

    @Test
    void agreesWithBigDecimalOnRandomStrings() {
        Random random = new Random(99);
        String alphabet = "0123456789.-e+ ";
        for (int i = 0; i < 200_000; i++) {
            int n = 1 + random.nextInt(24);
            StringBuilder b = new StringBuilder(n);
            for (int j = 0; j < n; j++) {
                // Mostly digits, so that many strings are valid.
                b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10)));
            }
            String s = b.toString();
            BigDecimal expected = PLAIN_DECIMAL.matcher(s).matches() ? new BigDecimal(s) : null;
            BigDecimal actual = StrictFields.decimalOrNull(s);
            assertThat(actual).as(s).isEqualTo(expected);
            if (expected != null) {
                assertThat(actual.scale()).as(s).isEqualTo(expected.scale());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTCUSDT", "1000SHIBUSDT", "A", "ABCDEFGHIJ0123456789"})
    void symbolsAreUpperCaseLettersAndDigits(String s) {
        assertThat(StrictFields.isSymbol(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "btcusdt", "BTC/USDT", "BTC-USDT", "BTC USDT", "ABCDEFGHIJ01234567890", "BTCÜSDT"})
    void otherSymbolsAreRefused(String s) {
        assertThat(StrictFields.isSymbol(s)).isFalse();
    }
}
