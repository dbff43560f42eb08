package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** The {@code k} object of a kline event; also the shape of REST kline history. */
@JsonbPropertyOrder({
        "openTime", "closeTime", "symbol", "interval", "open", "close", "high", "low", "volume",
        "tradeCount", "closed", "quoteVolume"})
public record Candle(
        @JsonbProperty("t") long openTime,
        @JsonbProperty("T") long closeTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("i") Interval interval,
        @JsonbProperty("o") BigDecimal open,
        @JsonbProperty("c") BigDecimal close,
        @JsonbProperty("h") BigDecimal high,
        @JsonbProperty("l") BigDecimal low,
        @JsonbProperty("v") BigDecimal volume,
        @JsonbProperty("n") long tradeCount,
        @JsonbProperty("x") boolean closed,
        @JsonbProperty("q") BigDecimal quoteVolume) {
}
