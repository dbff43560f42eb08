package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** {@code <symbol>@trade}: one execution ({@code e = "trade"}). {@code buyerMaker} true means a sell hit the bid. */
@JsonbPropertyOrder({
        "eventType", "eventTime", "symbol", "tradeId", "price", "quantity", "tradeTime", "buyerMaker"})
public record Trade(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("t") long tradeId,
        @JsonbProperty("p") BigDecimal price,
        @JsonbProperty("q") BigDecimal quantity,
        @JsonbProperty("T") long tradeTime,
        @JsonbProperty("m") boolean buyerMaker) implements StreamEvent, MarketEvent {
    public static final String TYPE = "trade";
}
