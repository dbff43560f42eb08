package com.bitzoom.desk.sim;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds the user-data events of the spec and hands them to every listener, addressed to the account. */
final class UserEvents {

    static final String ORDER = "ORDER";
    static final String FUNDING_FEE = "FUNDING_FEE";

    // Written by add (any thread), read on the market thread.
    private final List<UserEventListener> listeners = new CopyOnWriteArrayList<>();

    void add(UserEventListener listener) {
        listeners.add(listener);
    }

    /** An ORDER_TRADE_UPDATE; {@code lastSteps = 0} for NEW, CANCELED and EXPIRED (then l, L, t, rp are 0). */
    void order(PaperOrder o, String execution, long when, long lastSteps, long lastPriceTicks, long tradeId,
               BigDecimal realized) {
        Grid g = o.grid;
        boolean trade = lastSteps > 0;
        OrderTradeUpdate.Order body = new OrderTradeUpdate.Order(o.symbol, o.clientOrderId, o.side(), o.type(),
                o.timeInForce, g.qty(o.quantity), o.price(), o.averagePrice(), BigDecimal.ZERO, execution, o.status(),
                o.orderId, trade ? g.qty(lastSteps) : BigDecimal.ZERO,
                o.filled() > 0 ? g.qty(o.filled()) : BigDecimal.ZERO,
                trade ? g.price(lastPriceTicks) : BigDecimal.ZERO, when, trade ? tradeId : 0,
                trade ? realized : BigDecimal.ZERO);
        publish(o.account, new OrderTradeUpdate(OrderTradeUpdate.TYPE, when, when, body));
    }

    /** An ACCOUNT_UPDATE with the USDT balance (cross margin: cw = wb) and the given positions. */
    void account(PaperAccount account, String reason, List<AccountUpdate.Position> positions, long when) {
        BigDecimal wallet = account.wallet();
        AccountUpdate.Change change = new AccountUpdate.Change(reason,
                List.of(new AccountUpdate.Balance("USDT", wallet, wallet)), positions);
        publish(account, new AccountUpdate(AccountUpdate.TYPE, when, when, change));
    }

    private void publish(PaperAccount account, com.bitzoom.desk.protocol.StreamEvent event) {
        for (UserEventListener l : listeners) {
            l.onUserEvent(account.token(), event);
        }
    }
}
