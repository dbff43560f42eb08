package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ExchangeRest#allOrders} and {@link ExchangeRest#userTrades} against the embedded exchange. */
class AccountRecordsTest {

    private static Exchange exchange;
    private static ExchangeRest rest;
    private static ExchangeRest signedOut;

    @BeforeAll
    static void start() {
        exchange = Exchanges.start(ExchangeOptions.defaults());
        ApiToken token = ApiToken.of("account-records-" + System.nanoTime());
        rest = ExchangeRest.open(Exchanges.environment(exchange), () -> Optional.of(token), StreamOptions.defaults());
        signedOut = ExchangeRest.open(Exchanges.environment(exchange), Optional::empty, StreamOptions.defaults());
    }

    @AfterAll
    static void stop() {
        rest.close();
        signedOut.close();
        exchange.close();
    }

    @Test
    void allOrdersHoldsAFinishedOrderWithItsFinalStatusFilledAndAveragePrice() {
        OrderInfo placed = rest.placeOrder(OrderTicket.market("BTCUSDT", OrderTicket.Side.BUY, new BigDecimal("0.002")));
        OrderInfo listed = rest.allOrders("BTCUSDT", null, 1000).stream().filter(o -> o.orderId() == placed.orderId())
                .findFirst().orElseThrow();
        assertThat(listed.status()).isEqualTo("FILLED");
        assertThat(listed.executedQty()).isEqualByComparingTo("0.002");
        assertThat(listed.avgPrice()).isEqualByComparingTo(placed.avgPrice());
    }

    @Test
    void allOrdersHoldsOpenOrdersToo() {
        OrderInfo resting = rest.placeOrder(OrderTicket.limit("ETHUSDT", OrderTicket.Side.BUY, new BigDecimal("0.010"),
                new BigDecimal("100.00")));
        assertThat(rest.allOrders(null, resting.updateTime(), 1000)).extracting(OrderInfo::orderId, OrderInfo::status)
                .contains(org.assertj.core.groups.Tuple.tuple(resting.orderId(), "NEW"));
    }

    @Test
    void userTradesBindsEveryFieldOfAFill() {
        OrderInfo placed = rest.placeOrder(OrderTicket.market("ETHUSDT", OrderTicket.Side.SELL, new BigDecimal("0.020")));
        List<TradeInfo> fills = rest.userTrades("ETHUSDT", placed.time(), 1000).stream()
                .filter(f -> f.orderId() == placed.orderId()).toList();
        assertThat(fills).isNotEmpty().allSatisfy(f -> {
            assertThat(f.tradeId()).isPositive();
            assertThat(f.symbol()).isEqualTo("ETHUSDT");
            assertThat(f.side()).isEqualTo("SELL");
            assertThat(f.price()).isPositive();
            assertThat(f.realizedPnl()).isNotNull();
            assertThat(f.commission()).isPositive();
            assertThat(f.commissionAsset()).isEqualTo("USDT");
            assertThat(f.time()).isGreaterThanOrEqualTo(placed.time());
        });
        assertThat(fills.stream().map(TradeInfo::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0.020");
    }

    @Test
    void aLimitOutsideOneToAThousandIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> rest.allOrders(null, null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be 1..1000");
        assertThatThrownBy(() -> rest.userTrades(null, null, 1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutATokenBothAreRefused() {
        assertThatThrownBy(() -> signedOut.allOrders(null, null, 10)).isInstanceOf(RestException.class);
        assertThatThrownBy(() -> signedOut.userTrades(null, null, 10)).isInstanceOf(RestException.class);
    }
}
