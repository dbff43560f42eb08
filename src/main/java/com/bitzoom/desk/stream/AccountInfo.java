package com.bitzoom.desk.stream;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v1/account}: balances and open positions, for the account's initial load and reloads. */
public record AccountInfo(List<Balance> balances, List<Position> positions, long updateTime) {

    public AccountInfo {
        balances = balances == null ? List.of() : List.copyOf(balances);
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    /** One asset's balances. */
    public record Balance(String asset, BigDecimal walletBalance, BigDecimal crossWalletBalance,
                          BigDecimal availableBalance) {
    }

    /** One open position; the amount is negative for a short. */
    public record Position(String symbol, BigDecimal positionAmt, BigDecimal entryPrice, BigDecimal markPrice,
                           BigDecimal unrealizedProfit, BigDecimal realizedProfit) {
    }
}
