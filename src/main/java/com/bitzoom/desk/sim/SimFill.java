package com.bitzoom.desk.sim;

import java.math.BigDecimal;

/**
 * One execution of one of the account's orders as REST returns it ({@code GET /api/v1/userTrades}):
 * the same fill an {@code ORDER_TRADE_UPDATE} with {@code x = TRADE} reports ({@code t}, {@code i},
 * {@code s}, {@code S}, {@code L}, {@code l}, {@code rp}, {@code T}), plus its commission and whether
 * the order was the maker. Field names are this project's REST shape.
 */
public record SimFill(long tradeId, long orderId, String symbol, String side, BigDecimal price, BigDecimal quantity,
                      BigDecimal realizedPnl, BigDecimal commission, String commissionAsset, boolean maker, long time) {
}
