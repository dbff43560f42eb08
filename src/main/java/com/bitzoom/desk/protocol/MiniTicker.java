package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** {@code <symbol>@miniTicker}: the key 24-hour figures ({@code e = "24hrMiniTicker"}). */
@JsonbPropertyOrder({
        "eventType", "eventTime", "symbol", "lastPrice", "openPrice", "highPrice", "lowPrice", "baseVolume",
        "quoteVolume"})
public record MiniTicker(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("c") BigDecimal lastPrice,
        @JsonbProperty("o") BigDecimal openPrice,
        @JsonbProperty("h") BigDecimal highPrice,
        @JsonbProperty("l") BigDecimal lowPrice,
        @JsonbProperty("v") BigDecimal baseVolume,
        @JsonbProperty("q") BigDecimal quoteVolume) implements StreamEvent, MarketEvent {
    public static final String TYPE = "24hrMiniTicker";
}
