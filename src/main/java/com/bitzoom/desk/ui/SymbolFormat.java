package com.bitzoom.desk.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How one symbol's numbers are written: prices to the tick size's decimals, quantities to the step
 * size's, with thousands separators, so that columns of prices line up digit for digit.
 *
 * <p>FX thread only ({@link DecimalFormat} is not thread-safe).
 */
final class SymbolFormat {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);
    private static final String[] COMPACT_SUFFIX = {"", "K", "M", "B", "T"};

    private final int priceScale;
    private final int quantityScale;
    private final DecimalFormat price;
    private final DecimalFormat quantity;

    SymbolFormat(int priceScale, int quantityScale) {
        this.priceScale = priceScale;
        this.quantityScale = quantityScale;
        this.price = pattern(priceScale);
        this.quantity = pattern(quantityScale);
    }

    /** From the exchange's tick and step sizes, e.g. 0.01 and 0.001 → 2 and 3 decimals. */
    static SymbolFormat of(BigDecimal tickSize, BigDecimal stepSize) {
        return new SymbolFormat(scaleOf(tickSize, 2), scaleOf(stepSize, 3));
    }

    /** Before exchangeInfo arrives: two price decimals, three quantity decimals. */
    static SymbolFormat fallback() {
        return new SymbolFormat(2, 3);
    }

    int priceScale() {
        return priceScale;
    }

    int quantityScale() {
        return quantityScale;
    }

    String price(BigDecimal value) {
        return value == null ? "" : price.format(value.setScale(priceScale, RoundingMode.HALF_UP));
    }

    String price(double value) {
        return Double.isFinite(value) ? price.format(value) : "";
    }

    String quantity(BigDecimal value) {
        return value == null ? "" : quantity.format(value.setScale(quantityScale, RoundingMode.HALF_UP));
    }

    String quantity(double value) {
        return Double.isFinite(value) ? quantity.format(value) : "";
    }

    /** 1234567.8 → "1.23M": volumes in a narrow column. */
    static String compact(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        double v = Math.abs(value);
        int i = 0;
        while (v >= 1000 && i < COMPACT_SUFFIX.length - 1) {
            v /= 1000;
            i++;
        }
        String digits = v >= 100 ? String.format(Locale.US, "%.1f", v) : String.format(Locale.US, "%.2f", v);
        return (value < 0 ? "-" : "") + digits + COMPACT_SUFFIX[i];
    }

    /** +1.23% / −0.45%: the sign always shown, two decimals. */
    static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        return (v.signum() > 0 ? "+" : "") + v.toPlainString() + "%";
    }

    private static int scaleOf(BigDecimal size, int fallback) {
        if (size == null || size.signum() <= 0) {
            return fallback;
        }
        return Math.max(0, size.stripTrailingZeros().scale());
    }

    private static DecimalFormat pattern(int scale) {
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
