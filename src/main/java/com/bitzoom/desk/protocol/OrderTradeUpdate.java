package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** User data stream: an order was created, filled, cancelled or expired ({@code e = "ORDER_TRADE_UPDATE"}). */
@JsonbPropertyOrder({"eventType", "eventTime", "transactionTime", "order"})
public record OrderTradeUpdate(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("T") long transactionTime,
        @JsonbProperty("o") Order order) implements StreamEvent {
    public static final String TYPE = "ORDER_TRADE_UPDATE";

    /** The {@code o} object, every field of the spec. */
    @JsonbPropertyOrder({
            "symbol", "clientOrderId", "side", "type", "timeInForce", "quantity", "price", "averagePrice",
            "stopPrice", "executionType", "status", "orderId", "lastFilledQuantity", "filledQuantity",
            "lastFilledPrice", "tradeTime", "tradeId", "realizedProfit"})
    public record Order(
            @JsonbProperty("s") String symbol,
            @JsonbProperty("c") String clientOrderId,
            @JsonbProperty("S") String side,
            @JsonbProperty("o") String type,
            @JsonbProperty("f") String timeInForce,
            @JsonbProperty("q") BigDecimal quantity,
            @JsonbProperty("p") BigDecimal price,
            @JsonbProperty("ap") BigDecimal averagePrice,
            @JsonbProperty("sp") BigDecimal stopPrice,
            @JsonbProperty("x") String executionType,
            @JsonbProperty("X") String status,
            @JsonbProperty("i") long orderId,
            @JsonbProperty("l") BigDecimal lastFilledQuantity,
            @JsonbProperty("z") BigDecimal filledQuantity,
            @JsonbProperty("L") BigDecimal lastFilledPrice,
            @JsonbProperty("T") long tradeTime,
            @JsonbProperty("t") long tradeId,
            @JsonbProperty("rp") BigDecimal realizedProfit) {
    }
}
