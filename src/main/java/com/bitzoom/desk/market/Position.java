package com.bitzoom.desk.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One symbol's position (one-way mode: a negative amount is a short).
 *
 * @param markPrice     the latest mark price, or {@code null} until one is known (see {@link #markKnown()})
 * @param unrealizedPnl {@code (mark - entry) * amount}; until a mark is known, the exchange's last reported figure
 * @param roePercent    return on the margin {@code |amount| * entry / leverage}, in percent, two decimals
 * @param realizedPnl   realized profit for the symbol: the snapshot's figure plus every fill since
 * @param leverage      the leverage the ROE is computed at (the account's setting, not read from the exchange)
 */
public record Position(String symbol, BigDecimal amount, BigDecimal entryPrice, BigDecimal markPrice,
                       BigDecimal unrealizedPnl, BigDecimal roePercent, BigDecimal realizedPnl, int leverage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Position of(String symbol, BigDecimal amount, BigDecimal entryPrice, BigDecimal markPrice,
                       BigDecimal reportedUnrealizedPnl, BigDecimal realizedPnl, int leverage) {
        BigDecimal unrealized = markPrice != null
                ? markPrice.subtract(entryPrice).multiply(amount)
                : reportedUnrealizedPnl != null ? reportedUnrealizedPnl : BigDecimal.ZERO;
        // upnl / (|amount| * entry / leverage) * 100, with a single rounding at the end.
        BigDecimal notional = amount.abs().multiply(entryPrice);
        BigDecimal roe = notional.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : unrealized.multiply(HUNDRED).multiply(BigDecimal.valueOf(leverage))
                        .divide(notional, 2, RoundingMode.HALF_EVEN);
        return new Position(symbol, amount, entryPrice, markPrice, unrealized, roe, realizedPnl, leverage);
    }

    public boolean markKnown() {
        return markPrice != null;
    }

    /** "LONG" or "SHORT". */
    public String side() {
        return amount.signum() < 0 ? "SHORT" : "LONG";
    }
}
