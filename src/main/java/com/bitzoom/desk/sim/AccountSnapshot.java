package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v1/account}: balances and positions for the initial load of the client's account state. */
public record AccountSnapshot(List<Balance> balances, List<Position> positions, long updateTime) {

    public record Balance(String asset, BigDecimal walletBalance, BigDecimal crossWalletBalance,
                          BigDecimal availableBalance) {
    }

    /** Amount negative for a short; only symbols with a non-zero amount are listed. */
    public record Position(String symbol, BigDecimal positionAmt, BigDecimal entryPrice, BigDecimal markPrice,
                           BigDecimal unrealizedProfit, BigDecimal realizedProfit) {
    }
}
