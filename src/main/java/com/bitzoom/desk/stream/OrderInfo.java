package com.bitzoom.desk.stream;

import java.math.BigDecimal;

/** An order as the REST API returns it (placing, cancelling, listing open orders). */
public record OrderInfo(long orderId, String clientOrderId, String symbol, String side, String type,
                        String timeInForce, BigDecimal price, BigDecimal origQty, BigDecimal executedQty,
                        BigDecimal avgPrice, String status, boolean reduceOnly, long time, long updateTime) {
}
