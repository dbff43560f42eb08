package com.bitzoom.desk.protocol;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * {@code <symbol>@depth<levels>}: the top levels of the book ({@code e = "depthUpdate"}).
 * Bids are best (highest) first, asks best (lowest) first, as the exchange sends them.
 */
@JsonbPropertyOrder({"eventType", "eventTime", "symbol", "firstUpdateId", "finalUpdateId", "bids", "asks"})
public record DepthUpdate(
        @JsonbProperty("e") String eventType,
        @JsonbProperty("E") long eventTime,
        @JsonbProperty("s") String symbol,
        @JsonbProperty("U") long firstUpdateId,
        @JsonbProperty("u") long finalUpdateId,
        @JsonbProperty("b") List<PriceLevel> bids,
        @JsonbProperty("a") List<PriceLevel> asks) implements StreamEvent, MarketEvent {
    public static final String TYPE = "depthUpdate";

    public DepthUpdate {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
