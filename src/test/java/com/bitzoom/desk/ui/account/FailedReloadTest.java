package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.market.Order;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reload whose REST answer is bad (HTML, empty, truncated, too large: the call fails) loses
 * nothing: the order events held while it was on its way are applied, in order.
 */
class FailedReloadTest {

    private static OrderTradeUpdate event(long orderId, String status, long time) {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal filled = "FILLED".equals(status) ? one : BigDecimal.ZERO;
        return new OrderTradeUpdate("ORDER_TRADE_UPDATE", time, time, new OrderTradeUpdate.Order("BTCUSDT",
                "c" + orderId, "BUY", "LIMIT", "GTC", one, one, filled, BigDecimal.ZERO,
                "FILLED".equals(status) ? "TRADE" : "NEW", status, orderId, filled, filled, one, time, orderId, BigDecimal.ZERO));
    }

    @Test
    void eventsHeldDuringAReloadThatFailsAreAllAppliedInOrder() {
        AccountModel model = new AccountModel();
        model.beginReload();
        model.apply(List.of(), List.of(event(1, "NEW", 10), event(2, "NEW", 11)));
        model.apply(List.of(), List.of(event(1, "FILLED", 12)));
        assertThat(model.account().openOrders()).as("held, not yet applied").isEmpty();

        model.reloadFailed();

        assertThat(model.isReloading()).isFalse();
        assertThat(model.account().openOrders()).extracting(Order::orderId).containsExactly(2L);
        assertThat(model.account().orderHistory()).extracting(Order::orderId, Order::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "FILLED"));
        assertThat(model.account().fills()).hasSize(1);
    }
}
