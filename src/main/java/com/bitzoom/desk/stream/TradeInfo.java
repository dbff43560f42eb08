package com.bitzoom.desk.stream;

import java.math.BigDecimal;

/**
 * One fill of one of the account's orders as the REST API returns it ({@code GET /api/v1/userTrades}),
 * identified by {@code (orderId, tradeId)}: the same fill an {@code ORDER_TRADE_UPDATE} with
 * {@code x = TRADE} reports, plus its commission.
 */
public record TradeInfo(long tradeId, long orderId, String symbol, String side, BigDecimal price, BigDecimal quantity,
                        BigDecimal realizedPnl, BigDecimal commission, String commissionAsset, boolean maker,
                        long time) {
}
