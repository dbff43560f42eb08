package com.bitzoom.desk.sim;

import java.math.BigDecimal;

/** An order as REST returns it (openOrders, place, cancel); field names are this project's REST shape. */
public record SimOrder(long orderId, String clientOrderId, String symbol, String side, String type,
                       String timeInForce, BigDecimal price, BigDecimal origQty, BigDecimal executedQty,
                       BigDecimal avgPrice, String status, boolean reduceOnly, long time, long updateTime) {
}
