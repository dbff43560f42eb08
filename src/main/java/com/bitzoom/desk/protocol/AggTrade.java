package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/**
 * {@code <symbol>@aggTrade}: trades at the same time, price and side, aggregated.
 *
 * <p>The spec names this stream but gives no payload. This project assumes the common shape
 * {@code {"e":"aggTrade","E":…,"s":…,"a":<aggregate id>,"p":…,"q":…,"f":<first trade id>,
 * "l":<last trade id>,"T":<trade time>,"m":<buyer is maker>}}, which the embedded exchange sends.
 */
@JsonbPropertyOrder({
        "eventType", "eventTime", "symbol", "aggregateId", "price", "quantity", "firstTradeId",
        "lastTradeId", "tradeTime", "buyerMaker"})
public record AggTrade(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("a") long aggregateId,
        @JsonbProperty("p") BigDecimal price,
        @JsonbProperty("q") BigDecimal quantity,
        @JsonbProperty("f") long firstTradeId,
        @JsonbProperty("l") long lastTradeId,
        @JsonbProperty("T") long tradeTime,
        @JsonbProperty("m") boolean buyerMaker) implements StreamEvent, MarketEvent {
    public static final String TYPE = "aggTrade";
}
