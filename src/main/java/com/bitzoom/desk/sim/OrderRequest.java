package com.bitzoom.desk.sim;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/order}. {@code side} BUY|SELL, {@code type} LIMIT|MARKET, {@code timeInForce}
 * GTC|IOC (null = GTC), {@code price} required for LIMIT, {@code clientOrderId} generated when null.
 */
public record OrderRequest(String symbol, String side, String type, String timeInForce,
                           BigDecimal quantity, BigDecimal price, boolean reduceOnly, String clientOrderId) {
}
