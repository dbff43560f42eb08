package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code <symbol>@kline_<interval>}: the current candle ({@code e = "kline"}). */
@JsonbPropertyOrder({"eventType", "eventTime", "symbol", "candle"})
public record KlineEvent(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("k") Candle candle) implements StreamEvent, MarketEvent {
    public static final String TYPE = "kline";
}
