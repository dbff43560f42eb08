package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** {@code <symbol>@markPrice}: mark and index price, funding ({@code e = "markPriceUpdate"}). */
@JsonbPropertyOrder({
        "eventType", "eventTime", "symbol", "markPrice", "indexPrice", "fundingRate", "nextFundingTime"})
public record MarkPrice(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("p") BigDecimal markPrice,
        @JsonbProperty("i") BigDecimal indexPrice,
        @JsonbProperty("r") BigDecimal fundingRate,
        @JsonbProperty("T") long nextFundingTime) implements StreamEvent, MarketEvent {
    public static final String TYPE = "markPriceUpdate";
}
