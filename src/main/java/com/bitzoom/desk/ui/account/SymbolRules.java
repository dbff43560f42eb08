package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.stream.SymbolInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange's rules per symbol (tick size, step size from {@code exchangeInfo}) and how the account
 * panel writes numbers with them: prices to the tick size's decimals, quantities to the step size's,
 * money (USDT) to two decimals, all with thousands separators so columns line up digit for digit.
 * Before the rules have arrived, numbers use two price and three quantity decimals.
 *
 * <p>FX thread only ({@link DecimalFormat} is not thread-safe).
 */
public final class SymbolRules {

    /** One symbol's steps. */
    public record Rule(BigDecimal tickSize, BigDecimal stepSize) {
        public int priceScale() {
            return scaleOf(tickSize, 2);
        }

        public int quantityScale() {
            return scaleOf(stepSize, 3);
        }
    }

    static final int MONEY_SCALE = 2;
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private final Map<String, Rule> rules = new HashMap<>();
    private final Map<Integer, DecimalFormat> formats = new HashMap<>();

    /** Replaces the rules with an exchangeInfo listing. */
    public void setAll(List<SymbolInfo> symbols) {
        rules.clear();
        for (SymbolInfo s : symbols) {
            if (s.symbol() != null && s.tickSize() != null && s.stepSize() != null
                    && s.tickSize().signum() > 0 && s.stepSize().signum() > 0) {
                rules.put(s.symbol(), new Rule(s.tickSize(), s.stepSize()));
            }
        }
    }

    public void clear() {
        rules.clear();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public Optional<Rule> rule(String symbol) {
        return Optional.ofNullable(rules.get(symbol));
    }

    public String price(String symbol, BigDecimal value) {
        Rule r = rules.get(symbol);
        return format(value, r == null ? 2 : r.priceScale());
    }

    public String quantity(String symbol, BigDecimal value) {
        Rule r = rules.get(symbol);
        return format(value, r == null ? 3 : r.quantityScale());
    }

    /** USDT amounts: balances, PnL, notional. */
    public String money(BigDecimal value) {
        return format(value, MONEY_SCALE);
    }

    /** +1.23% / -0.45%: the sign always shown. */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        return (v.signum() > 0 ? "+" : "") + v.toPlainString() + "%";
    }

    /** Rounds a price to the nearest tick (for a price picked on the chart). */
    public BigDecimal roundToTick(String symbol, double price) {
        Rule r = rules.get(symbol);
        BigDecimal p = BigDecimal.valueOf(price);
        if (r == null) {
            return p.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal ticks = p.divide(r.tickSize(), 0, RoundingMode.HALF_UP);
        return ticks.multiply(r.tickSize()).setScale(r.priceScale(), RoundingMode.UNNECESSARY);
    }

    private String format(BigDecimal value, int scale) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = formats.computeIfAbsent(scale, SymbolRules::pattern);
        return f.format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    private static DecimalFormat pattern(int scale) {
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), US);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    static int scaleOf(BigDecimal size, int fallback) {
        if (size == null || size.signum() <= 0) {
            return fallback;
        }
        return Math.max(0, size.stripTrailingZeros().scale());
    }
}
