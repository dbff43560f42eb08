package com.bitzoom.desk.market;

import java.math.BigDecimal;

/**
 * One execution of one of the trader's orders (an {@code ORDER_TRADE_UPDATE} with {@code x = TRADE}).
 * Identified by {@code (orderId, tradeId)}.
 */
public record Fill(long orderId, long tradeId, long time, String symbol, String side, BigDecimal price,
                   BigDecimal quantity, BigDecimal realizedPnl) {
}
