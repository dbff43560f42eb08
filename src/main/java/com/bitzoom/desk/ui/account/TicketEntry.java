package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.stream.OrderTicket;

/**
 * What the trader has filled in on the order ticket, as typed (quantity and price are still text).
 *
 * @param timeInForce for limit orders; ignored for market orders
 */
public record TicketEntry(String symbol, OrderTicket.Side side, OrderTicket.Type type,
                          OrderTicket.TimeInForce timeInForce, String quantity, String price, boolean reduceOnly) {
}
