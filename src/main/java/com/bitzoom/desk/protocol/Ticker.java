package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** {@code <symbol>@ticker}: 24-hour rolling statistics ({@code e = "24hrTicker"}). */
@JsonbPropertyOrder({
        "eventType", "eventTime", "symbol", "priceChange", "priceChangePercent", "weightedAveragePrice",
        "lastPrice", "lastQuantity", "openPrice", "highPrice", "lowPrice", "baseVolume", "quoteVolume",
        "openTime", "closeTime", "firstTradeId", "lastTradeId", "tradeCount"})
public record Ticker(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("p") BigDecimal priceChange,
        @JsonbProperty("P") BigDecimal priceChangePercent,
        @JsonbProperty("w") BigDecimal weightedAveragePrice,
        @JsonbProperty("c") BigDecimal lastPrice,
        @JsonbProperty("Q") BigDecimal lastQuantity,
        @JsonbProperty("o") BigDecimal openPrice,
        @JsonbProperty("h") BigDecimal highPrice,
        @JsonbProperty("l") BigDecimal lowPrice,
        @JsonbProperty("v") BigDecimal baseVolume,
        @JsonbProperty("q") BigDecimal quoteVolume,
        @JsonbProperty("O") long openTime,
        @JsonbProperty("C") long closeTime,
        @JsonbProperty("F") long firstTradeId,
        @JsonbProperty("L") long lastTradeId,
        @JsonbProperty("n") long tradeCount) implements StreamEvent, MarketEvent {
    public static final String TYPE = "24hrTicker";
}
