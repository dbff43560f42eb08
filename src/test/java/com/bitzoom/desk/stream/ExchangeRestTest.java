package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.sim.Exchange;
import com.bitzoom.desk.sim.ExchangeOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST calls the desk makes, against the embedded exchange. */
class ExchangeRestTest {

    private static Exchange exchange;
    private static ExchangeRest rest;

    @BeforeAll
    static void start() {
        exchange = Exchanges.start(ExchangeOptions.defaults());
        ApiToken token = ApiToken.demo();
        rest = ExchangeRest.open(Exchanges.environment(exchange), () -> Optional.of(token), StreamOptions.defaults());
    }

    @AfterAll
    static void stop() {
        rest.close();
        exchange.close();
    }

    @Test
    void exchangeInfoListsEverySymbolWithItsSteps() {
        List<SymbolInfo> symbols = rest.exchangeInfo();
        assertThat(symbols).hasSize(20);
        assertThat(symbols).filteredOn(s -> s.symbol().equals("BTCUSDT")).singleElement().satisfies(s -> {
            assertThat(s.tickSize()).isPositive();
            assertThat(s.stepSize()).isPositive();
            assertThat(s.quoteAsset()).isEqualTo("USDT");
        });
    }

    @Test
    void klinesComeOldestFirstWithTheOpenCandleLast() {
        List<Candle> candles = rest.klines("btcusdt", Interval.M1, 50);
        assertThat(candles).hasSize(50);
        assertThat(candles).isSortedAccordingTo(java.util.Comparator.comparingLong(Candle::openTime));
        assertThat(candles.get(candles.size() - 1).closed()).isFalse();
    }

    @Test
    void aNewAccountHoldsTenThousandUsdt() {
        AccountInfo account = rest.account();
        assertThat(account.balances()).filteredOn(b -> b.asset().equals("USDT")).singleElement()
                .satisfies(b -> assertThat(b.walletBalance()).isEqualByComparingTo("10000"));
    }

    @Test
    void restingOrderIsListedAndCancelled() {
        OrderInfo placed = rest.placeOrder(OrderTicket.limit("ETHUSDT", OrderTicket.Side.BUY, new BigDecimal("0.010"),
                new BigDecimal("100.00")));
        assertThat(rest.openOrders("ETHUSDT")).extracting(OrderInfo::orderId).contains(placed.orderId());

        OrderInfo cancelled = rest.cancelOrder("ETHUSDT", placed.orderId());
        assertThat(cancelled.status()).isEqualTo("CANCELED");
        assertThat(rest.openOrders("ETHUSDT")).extracting(OrderInfo::orderId).doesNotContain(placed.orderId());
    }

    @Test
    void refusedOrderCarriesTheExchangesMessage() {
        assertThatThrownBy(() -> rest.placeOrder(OrderTicket.limit("BTCUSDT", OrderTicket.Side.BUY,
                new BigDecimal("0.0001234"), new BigDecimal("100.00"))))
                .isInstanceOfSatisfying(RestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RestException.Kind.REFUSED);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("POST /api/v1/order failed (HTTP 400): ");
                });
    }
}
