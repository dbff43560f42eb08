package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.AccountLoad;
import com.bitzoom.desk.market.Balance;
import com.bitzoom.desk.market.Fill;
import com.bitzoom.desk.stream.AccountInfo;
import com.bitzoom.desk.stream.ExchangeRest;
import com.bitzoom.desk.stream.OrderInfo;
import com.bitzoom.desk.stream.RestException;
import com.bitzoom.desk.stream.TradeInfo;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fetches what an account load needs over REST — balances and positions, open orders, and the
 * account's recent record (the newest {@link ExchangeRest#MAX_RECORDS} orders and fills) — and turns
 * it into an {@link AccountLoad}. Blocking: called on the session's I/O thread only.
 */
final class AccountFetch {

    private static final Logger LOG = Logger.getLogger(AccountFetch.class.getName());

    private AccountFetch() {
    }

    /**
     * The account, its open orders and its recent record. Without the record (an exchange that lacks
     * those endpoints, or refuses them) the load goes on with history and fills as they are.
     */
    static AccountLoad load(ExchangeRest rest) {
        AccountInfo info = rest.account();
        List<OrderInfo> open = rest.openOrders(null);
        List<OrderInfo> recentOrders;
        List<TradeInfo> recentFills;
        try {
            recentOrders = rest.allOrders(null, null, ExchangeRest.MAX_RECORDS);
            recentFills = rest.userTrades(null, null, ExchangeRest.MAX_RECORDS);
        } catch (RestException e) {
            LOG.warning(() -> "the account's recent orders and fills could not be loaded; orders finished and fills"
                    + " made while the account stream was down may be missing: " + e.getMessage());
            recentOrders = List.of();
            recentFills = List.of();
        }
        return toLoad(info, open, recentOrders, recentFills);
    }

    static AccountLoad toLoad(AccountInfo info, List<OrderInfo> orders) {
        return toLoad(info, orders, List.of(), List.of());
    }

    static AccountLoad toLoad(AccountInfo info, List<OrderInfo> orders, List<OrderInfo> recentOrders,
                              List<TradeInfo> recentFills) {
        List<Balance> balances = info.balances().stream()
                .map(b -> new Balance(b.asset(), b.walletBalance(), b.crossWalletBalance())).toList();
        List<AccountLoad.Position> positions = info.positions().stream()
                .map(p -> new AccountLoad.Position(p.symbol(), p.positionAmt(), p.entryPrice(), p.markPrice(),
                        p.unrealizedProfit(), p.realizedProfit())).toList();
        List<Fill> fills = recentFills.stream().map(f -> new Fill(f.orderId(), f.tradeId(), f.time(), f.symbol(),
                f.side(), f.price(), f.quantity(), f.realizedPnl())).toList();
        return new AccountLoad(balances, positions, orders(orders), info.updateTime(), orders(recentOrders), fills);
    }

    private static List<AccountLoad.OpenOrder> orders(List<OrderInfo> orders) {
        return orders.stream()
                .map(o -> new AccountLoad.OpenOrder(o.orderId(), o.clientOrderId(), o.symbol(), o.side(), o.type(),
                        o.timeInForce(), o.price(), o.origQty(), o.executedQty(), o.avgPrice(), o.status(), o.time(),
                        o.updateTime())).toList();
    }
}
