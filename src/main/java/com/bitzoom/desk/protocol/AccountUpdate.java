package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** User data stream: balances and/or positions changed ({@code e = "ACCOUNT_UPDATE"}). */
@JsonbPropertyOrder({"eventType", "eventTime", "transactionTime", "change"})
public record AccountUpdate(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("T") long transactionTime,
        @JsonbProperty("a") Change change) implements StreamEvent {
    public static final String TYPE = "ACCOUNT_UPDATE";

    /** The {@code a} object: why, and what changed. */
    @JsonbPropertyOrder({"reason", "balances", "positions"})
    public record Change(
            @JsonbProperty("m") String reason,
            @JsonbProperty("B") List<Balance> balances,
            @JsonbProperty("P") List<Position> positions) {
        public Change {
            balances = List.copyOf(balances);
            positions = List.copyOf(positions);
        }
    }

    /** One asset's balance after the change. */
    @JsonbPropertyOrder({"asset", "walletBalance", "crossWalletBalance"})
    public record Balance(
            @JsonbProperty("a") String asset,
            @JsonbProperty("wb") BigDecimal walletBalance,
            @JsonbProperty("cw") BigDecimal crossWalletBalance) {
    }

    /** One symbol's position after the change; amount is negative for a short. */
    @JsonbPropertyOrder({"symbol", "amount", "entryPrice", "unrealizedPnl"})
    public record Position(
            @JsonbProperty("s") String symbol,
            @JsonbProperty("pa") BigDecimal amount,
            @JsonbProperty("ep") BigDecimal entryPrice,
            @JsonbProperty("up") BigDecimal unrealizedPnl) {
    }
}
