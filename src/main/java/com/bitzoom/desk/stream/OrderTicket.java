package com.bitzoom.desk.stream;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A new order as the trader filled in the ticket ({@code POST /api/v1/order}).
 *
 * @param price         limit price; required for {@link Type#LIMIT}, must be null for {@link Type#MARKET}
 * @param timeInForce   for limit orders; null means GTC
 * @param clientOrderId the trader's own id, or null to let the exchange make one
 */
public record OrderTicket(String symbol, Side side, Type type, TimeInForce timeInForce, BigDecimal quantity,
                          BigDecimal price, boolean reduceOnly, String clientOrderId) {

    /** Buy or sell. */
    public enum Side { BUY, SELL }

    /** Limit rests in the book; market fills at once against it. */
    public enum Type { LIMIT, MARKET }

    /** Good till cancelled, or immediate or cancel. */
    public enum TimeInForce { GTC, IOC }

    public OrderTicket {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (type == Type.LIMIT && price == null) {
            throw new IllegalArgumentException("a limit order needs a price");
        }
        if (type == Type.MARKET && price != null) {
            throw new IllegalArgumentException("a market order has no price");
        }
    }

    public static OrderTicket limit(String symbol, Side side, BigDecimal quantity, BigDecimal price) {
        return new OrderTicket(symbol, side, Type.LIMIT, TimeInForce.GTC, quantity, price, false, null);
    }

    public static OrderTicket market(String symbol, Side side, BigDecimal quantity) {
        return new OrderTicket(symbol, side, Type.MARKET, null, quantity, null, false, null);
    }

    /** The request parameters, in the REST API's names. */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("symbol", symbol);
        p.put("side", side.name());
        p.put("type", type.name());
        if (type == Type.LIMIT) {
            p.put("timeInForce", (timeInForce == null ? TimeInForce.GTC : timeInForce).name());
            p.put("price", price.toPlainString());
        }
        p.put("quantity", quantity.toPlainString());
        if (reduceOnly) {
            p.put("reduceOnly", "true");
        }
        if (clientOrderId != null) {
            p.put("newClientOrderId", clientOrderId);
        }
        return p;
    }
}
