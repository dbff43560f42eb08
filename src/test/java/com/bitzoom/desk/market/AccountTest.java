package com.bitzoom.desk.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** An ORDER_TRADE_UPDATE for a BTCUSDT limit buy of 1.000 at 100.00. */
    static OrderTradeUpdate event(long orderId, String x, String status, String filled, long t, long e,
                                  long tradeId, String lastQty, String lastPrice, String rp) {
        return new OrderTradeUpdate("ORDER_TRADE_UPDATE", e, t, new OrderTradeUpdate.Order("BTCUSDT",
                "c" + orderId, "BUY", "LIMIT", "GTC", d("1.000"), d("100.00"), d(lastPrice), d("0"), x, status,
                orderId, d(lastQty), d(filled), d(lastPrice), t, tradeId, d(rp)));
    }

    static OrderTradeUpdate created(long orderId, long t) {
        return event(orderId, "NEW", "NEW", "0", t, t + 1, 0, "0", "0", "0");
    }

    static OrderTradeUpdate traded(long orderId, long tradeId, String status, String filled, String lastQty, long t,
                                   String rp) {
        return event(orderId, "TRADE", status, filled, t, t + 1, tradeId, lastQty, "100.00", rp);
    }

    static OrderTradeUpdate ended(long orderId, String status, String filled, long t) {
        return event(orderId, status, status, filled, t, t + 1, 0, "0", "0", "0");
    }

    static AccountUpdate accountUpdate(long t, long e, List<AccountUpdate.Balance> balances,
                                       List<AccountUpdate.Position> positions) {
        return new AccountUpdate("ACCOUNT_UPDATE", e, t, new AccountUpdate.Change("ORDER", balances, positions));
    }

    static AccountUpdate position(long t, String symbol, String amount, String entry, String up) {
        return accountUpdate(t, t + 1, List.of(),
                List.of(new AccountUpdate.Position(symbol, d(amount), d(entry), d(up))));
    }

    static AccountUpdate balance(long t, long e, String wallet) {
        return accountUpdate(t, e, List.of(new AccountUpdate.Balance("USDT", d(wallet), d(wallet))), List.of());
    }

    static AccountLoad.OpenOrder openOrder(long id, String status, String filled, long updateTime) {
        return new AccountLoad.OpenOrder(id, "c" + id, "BTCUSDT", "BUY", "LIMIT", "GTC", d("100.00"), d("1.000"),
                d(filled), d("0"), status, updateTime, updateTime);
    }

    private final Account account = new Account();

    // --- orders ---

    @Test
    void anEventForAnUnknownOrderCreatesIt() {
        assertThat(account.apply(created(1, 1_000))).isTrue();

        Order order = account.openOrder(1).orElseThrow();
        assertThat(order.status()).isEqualTo("NEW");
        assertThat(order.symbol()).isEqualTo("BTCUSDT");
        assertThat(order.price()).isEqualByComparingTo("100.00");
        assertThat(order.quantity()).isEqualByComparingTo("1.000");
        assertThat(order.time()).isEqualTo(1_000);
        assertThat(account.drainChanges().orders()).containsExactly(1L);
    }

    @Test
    void aPartFillForAnOrderNeverSeenCreatesItPartlyFilled() {
        account.apply(traded(7, 70, "PARTIALLY_FILLED", "0.400", "0.400", 2_000, "0"));

        Order order = account.openOrder(7).orElseThrow();
        assertThat(order.status()).isEqualTo("PARTIALLY_FILLED");
        assertThat(order.filled()).isEqualByComparingTo("0.400");
        assertThat(order.remaining()).isEqualByComparingTo("0.600");
    }

    @Test
    void laterEventsUpdateTheOrderAndKeepItsCreationTime() {
        account.apply(created(1, 1_000));

        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.250", "0.250", 1_500, "0"));

        Order order = account.openOrder(1).orElseThrow();
        assertThat(order.filled()).isEqualByComparingTo("0.250");
        assertThat(order.time()).isEqualTo(1_000);
        assertThat(order.updateTime()).isEqualTo(1_500);
    }

    @Test
    void applyingAnEventTwiceChangesNothing() {
        OrderTradeUpdate fill = traded(1, 10, "PARTIALLY_FILLED", "0.250", "0.250", 1_500, "1.50");
        account.apply(created(1, 1_000));
        account.apply(fill);
        account.drainChanges();
        long version = account.version();

        assertThat(account.apply(fill)).isFalse();
        assertThat(account.apply(created(1, 1_000))).isFalse();

        assertThat(account.version()).isEqualTo(version);
        assertThat(account.drainChanges().isEmpty()).isTrue();
        assertThat(account.fills()).hasSize(1);
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("1.50");
    }

    @Test
    void anOlderEventByTransactionTimeIsIgnored() {
        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.500", "0.500", 2_000, "0"));

        account.apply(created(1, 1_000));

        assertThat(account.openOrder(1).orElseThrow().status()).isEqualTo("PARTIALLY_FILLED");
    }

    @Test
    void atTheSameTransactionTimeLessFilledIsOlder() {
        account.apply(traded(1, 11, "PARTIALLY_FILLED", "0.600", "0.300", 2_000, "0"));

        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.300", "0.300", 2_000, "0"));

        assertThat(account.openOrder(1).orElseThrow().filled()).isEqualByComparingTo("0.600");
        assertThat(account.fills()).hasSize(2);
    }

    @Test
    void atTheSameTransactionTimeAnEarlierEventTimeIsOlder() {
        OrderTradeUpdate repriced = new OrderTradeUpdate("ORDER_TRADE_UPDATE", 2_005, 2_000,
                new OrderTradeUpdate.Order("BTCUSDT", "c1", "BUY", "LIMIT", "GTC", d("1.000"), d("101.00"), d("0"),
                        d("0"), "AMENDMENT", "NEW", 1, d("0"), d("0"), d("0"), 2_000, 0, d("0")));
        account.apply(repriced);

        assertThat(account.apply(event(1, "NEW", "NEW", "0", 2_000, 2_001, 0, "0", "0", "0"))).isFalse();

        assertThat(account.openOrder(1).orElseThrow().price()).isEqualByComparingTo("101.00");
    }

    @Test
    void aFilledOrderMovesToHistory() {
        account.apply(created(1, 1_000));
        account.drainChanges();

        account.apply(traded(1, 10, "FILLED", "1.000", "1.000", 1_500, "0"));

        assertThat(account.openOrder(1)).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::orderId).containsExactly(1L);
        AccountChanges changes = account.drainChanges();
        assertThat(changes.orders()).containsExactly(1L);
        assertThat(changes.finishedOrders()).extracting(Order::status).containsExactly("FILLED");
    }

    @Test
    void canceledExpiredAndRejectedOrdersMoveToHistory() {
        account.apply(created(1, 1_000));
        account.apply(created(2, 1_000));
        account.apply(created(3, 1_000));

        account.apply(ended(1, "CANCELED", "0", 1_100));
        account.apply(ended(2, "EXPIRED", "0", 1_100));
        account.apply(ended(3, "REJECTED", "0", 1_100));

        assertThat(account.openOrders()).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::status).containsExactly("CANCELED", "EXPIRED", "REJECTED");
    }

    @Test
    void anOrderThatFinishesBeforeItWasSeenGoesStraightToHistory() {
        account.apply(traded(5, 50, "FILLED", "1.000", "1.000", 1_000, "0"));

        assertThat(account.openOrders()).isEmpty();
        AccountChanges changes = account.drainChanges();
        assertThat(changes.orders()).isEmpty();
        assertThat(changes.finishedOrders()).extracting(Order::orderId).containsExactly(5L);
    }

    @Test
    void aLateEventForAFinishedOrderIsIgnoredButItsFillIsKept() {
        account.apply(created(1, 1_000));
        account.apply(ended(1, "CANCELED", "0.300", 3_000));

        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.300", "0.300", 2_000, "2.00"));

        assertThat(account.openOrder(1)).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::status).containsExactly("CANCELED");
        assertThat(account.fills()).extracting(Fill::tradeId).containsExactly(10L);
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("2.00");
    }

    @Test
    void theHistoryIsBounded() {
        Account small = new Account(10, 3, 100);
        for (long id = 1; id <= 5; id++) {
            small.apply(ended(id, "CANCELED", "0", 1_000 + id));
        }

        assertThat(small.orderHistory()).extracting(Order::orderId).containsExactly(3L, 4L, 5L);
    }

    // --- fills ---

    @Test
    void aTradeExecutionRecordsAFill() {
        account.apply(created(1, 1_000));

        account.apply(event(1, "TRADE", "PARTIALLY_FILLED", "0.250", 1_500, 1_501, 99, "0.250", "99.50", "-0.75"));

        Fill fill = account.fills().get(0);
        assertThat(fill).isEqualTo(new Fill(1, 99, 1_500, "BTCUSDT", "BUY", d("99.50"), d("0.250"), d("-0.75")));
        assertThat(account.drainChanges().newFills()).containsExactly(fill);
    }

    @Test
    void aFillIsRecordedOnceWhateverTheOrderOfArrival() {
        account.apply(traded(1, 11, "PARTIALLY_FILLED", "0.600", "0.300", 2_000, "1"));
        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.300", "0.300", 1_000, "1"));
        account.apply(traded(1, 11, "PARTIALLY_FILLED", "0.600", "0.300", 2_000, "1"));
        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.300", "0.300", 1_000, "1"));

        assertThat(account.fills()).extracting(Fill::tradeId).containsExactly(10L, 11L); // by time
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("2");
    }

    @Test
    void theSameTradeIdOnAnotherOrderIsAnotherFill() {
        account.apply(traded(1, 10, "FILLED", "1.000", "1.000", 1_000, "0"));
        account.apply(traded(2, 10, "FILLED", "1.000", "1.000", 1_000, "0"));

        assertThat(account.fills()).hasSize(2);
    }

    @Test
    void fillsAreBounded() {
        Account small = new Account(10, 100, 3);
        for (long t = 1; t <= 5; t++) {
            small.apply(traded(1, t, "PARTIALLY_FILLED", "0.00" + t, "0.001", 1_000 + t, "0"));
        }

        assertThat(small.fills()).extracting(Fill::tradeId).containsExactly(3L, 4L, 5L);
    }

    // --- balances and positions ---

    @Test
    void anAccountUpdateSetsBalancesAndPositions() {
        account.apply(accountUpdate(1_000, 1_001,
                List.of(new AccountUpdate.Balance("USDT", d("10000.00"), d("9500.00"))),
                List.of(new AccountUpdate.Position("BTCUSDT", d("0.100"), d("50000.00"), d("50.00")))));

        assertThat(account.balance("USDT")).contains(new Balance("USDT", d("10000.00"), d("9500.00")));
        Position p = account.position("BTCUSDT").orElseThrow();
        assertThat(p.amount()).isEqualByComparingTo("0.100");
        assertThat(p.entryPrice()).isEqualByComparingTo("50000.00");
        assertThat(p.side()).isEqualTo("LONG");
        assertThat(account.symbolsWithPositions()).containsExactly("BTCUSDT");
        AccountChanges changes = account.drainChanges();
        assertThat(changes.balances()).containsExactly("USDT");
        assertThat(changes.positions()).containsExactly("BTCUSDT");
    }

    @Test
    void anOlderBalanceUpdateIsIgnored() {
        account.apply(balance(2_000, 2_001, "900.00"));

        account.apply(balance(1_000, 1_001, "1000.00"));
        account.apply(balance(2_000, 2_000, "1000.00"));

        assertThat(account.balance("USDT").orElseThrow().walletBalance()).isEqualByComparingTo("900.00");
    }

    @Test
    void anOlderPositionUpdateIsIgnored() {
        account.apply(position(2_000, "BTCUSDT", "0.200", "100.00", "0"));

        account.apply(position(1_000, "BTCUSDT", "0.100", "100.00", "0"));

        assertThat(account.position("BTCUSDT").orElseThrow().amount()).isEqualByComparingTo("0.200");
    }

    @Test
    void aPositionWithAmountZeroIsGoneAndStaysGone() {
        account.apply(position(1_000, "BTCUSDT", "0.100", "100.00", "0"));
        account.drainChanges();

        account.apply(position(2_000, "BTCUSDT", "0", "0", "0"));
        account.apply(position(1_500, "BTCUSDT", "0.100", "100.00", "0"));

        assertThat(account.position("BTCUSDT")).isEmpty();
        assertThat(account.symbolsWithPositions()).isEmpty();
        assertThat(account.drainChanges().positions()).containsExactly("BTCUSDT");
    }

    @Test
    void untilAMarkIsKnownTheReportedUnrealizedPnlStands() {
        account.apply(position(1_000, "BTCUSDT", "0.100", "50000.00", "50.00"));

        Position p = account.position("BTCUSDT").orElseThrow();
        assertThat(p.markKnown()).isFalse();
        assertThat(p.unrealizedPnl()).isEqualByComparingTo("50.00");
    }

    @Test
    void unrealizedPnlAndRoeFollowTheMarkPrice() {
        account.apply(position(1_000, "BTCUSDT", "0.100", "50000.00", "0"));
        account.drainChanges();

        assertThat(account.onMarkPrice("BTCUSDT", d("50500.00"))).isTrue();

        Position p = account.position("BTCUSDT").orElseThrow();
        assertThat(p.markPrice()).isEqualByComparingTo("50500.00");
        assertThat(p.unrealizedPnl()).isEqualByComparingTo("50.00");
        // margin at 10x: 0.1 * 50000 / 10 = 500; 50 / 500 = 10 %
        assertThat(p.roePercent()).isEqualByComparingTo("10.00");
        assertThat(account.drainChanges().positions()).containsExactly("BTCUSDT");

        account.onMarkPrice(new MarkPrice("markPriceUpdate", 2_000, "BTCUSDT", d("49000.00"), d("49010.00"),
                d("0.0001"), 0));
        p = account.position("BTCUSDT").orElseThrow();
        assertThat(p.unrealizedPnl()).isEqualByComparingTo("-100.00");
        assertThat(p.roePercent()).isEqualByComparingTo("-20.00");
        assertThat(account.totalUnrealizedPnl()).isEqualByComparingTo("-100.00");
    }

    @Test
    void aShortGainsWhenTheMarkFalls() {
        account.apply(position(1_000, "ETHUSDT", "-2.000", "2000.00", "0"));

        account.onMarkPrice("ETHUSDT", d("1900.00"));

        Position p = account.position("ETHUSDT").orElseThrow();
        assertThat(p.side()).isEqualTo("SHORT");
        assertThat(p.unrealizedPnl()).isEqualByComparingTo("200.00");
        assertThat(p.roePercent()).isEqualByComparingTo("50.00");
    }

    @Test
    void roeUsesTheAccountsLeverage() {
        Account at5x = new Account(5, 10, 10);
        at5x.apply(position(1_000, "BTCUSDT", "0.100", "50000.00", "0"));

        at5x.onMarkPrice("BTCUSDT", d("50500.00"));

        assertThat(at5x.position("BTCUSDT").orElseThrow().roePercent()).isEqualByComparingTo("5.00");
    }

    @Test
    void aMarkPriceWithoutAPositionIsKeptForWhenOneOpens() {
        assertThat(account.onMarkPrice("BTCUSDT", d("101.00"))).isFalse();

        account.apply(position(1_000, "BTCUSDT", "1.000", "100.00", "0"));

        assertThat(account.position("BTCUSDT").orElseThrow().unrealizedPnl()).isEqualByComparingTo("1.00");
    }

    @Test
    void realizedPnlAccumulatesFromFillsAndShowsOnThePosition() {
        account.apply(position(1_000, "BTCUSDT", "1.000", "100.00", "0"));

        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.300", "0.300", 1_100, "3.25"));
        account.apply(traded(1, 11, "PARTIALLY_FILLED", "0.500", "0.200", 1_200, "-1.00"));

        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("2.25");
        assertThat(account.position("BTCUSDT").orElseThrow().realizedPnl()).isEqualByComparingTo("2.25");
        assertThat(account.totalRealizedPnl()).isEqualByComparingTo("2.25");
    }

    @Test
    void realizedPnlOutlivesAClosedPosition() {
        account.apply(position(1_000, "BTCUSDT", "1.000", "100.00", "0"));
        account.apply(traded(1, 10, "FILLED", "1.000", "1.000", 1_100, "5.00"));
        account.apply(position(1_100, "BTCUSDT", "0", "0", "0"));

        assertThat(account.position("BTCUSDT")).isEmpty();
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("5.00");
    }

    // --- load and reload ---

    @Test
    void theInitialLoadFillsEveryTable() {
        account.reload(new AccountLoad(
                List.of(new Balance("USDT", d("10000.00"), d("10000.00"))),
                List.of(new AccountLoad.Position("BTCUSDT", d("0.100"), d("50000.00"), d("50100.00"), d("10.00"),
                        d("7.00"))),
                List.of(openOrder(1, "NEW", "0", 1_000)),
                1_000));

        assertThat(account.balances()).hasSize(1);
        Position p = account.position("BTCUSDT").orElseThrow();
        assertThat(p.unrealizedPnl()).isEqualByComparingTo("10.00"); // from the snapshot's mark
        assertThat(p.realizedPnl()).isEqualByComparingTo("7.00");
        assertThat(account.openOrder(1).orElseThrow().quantity()).isEqualByComparingTo("1.000");
        AccountChanges changes = account.drainChanges();
        assertThat(changes.reloaded()).isTrue();
        assertThat(changes.orders()).containsExactly(1L);
    }

    @Test
    void reloadAfterAReconnectReplacesStateButKeepsHistoryAndFills() {
        account.apply(created(1, 1_000));
        account.apply(created(2, 1_000));
        account.apply(traded(3, 30, "FILLED", "1.000", "1.000", 1_100, "4.00"));
        account.apply(balance(1_000, 1_001, "500.00"));
        account.apply(position(1_000, "ETHUSDT", "1.000", "2000.00", "0"));
        account.drainChanges();

        // While disconnected: order 1 filled, order 2 still open, a new order 4, ETH closed, BTC opened.
        account.reload(new AccountLoad(
                List.of(new Balance("USDT", d("700.00"), d("700.00"))),
                List.of(new AccountLoad.Position("BTCUSDT", d("0.500"), d("100.00"), null, d("0"), null)),
                List.of(openOrder(2, "NEW", "0", 1_000), openOrder(4, "NEW", "0", 5_000)),
                5_000));

        assertThat(account.openOrders()).extracting(Order::orderId).containsExactly(2L, 4L);
        assertThat(account.orderHistory()).extracting(Order::orderId).containsExactly(3L);
        assertThat(account.fills()).extracting(Fill::tradeId).containsExactly(30L);
        assertThat(account.balance("USDT").orElseThrow().walletBalance()).isEqualByComparingTo("700.00");
        assertThat(account.symbolsWithPositions()).containsExactly("BTCUSDT");
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("4.00"); // snapshot gave none: kept
        AccountChanges changes = account.drainChanges();
        assertThat(changes.reloaded()).isTrue();
        assertThat(changes.orders()).containsExactlyInAnyOrder(1L, 4L);
        assertThat(changes.positions()).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT");
        assertThat(changes.balances()).containsExactly("USDT");
    }

    @Test
    void eventsOlderThanTheReloadedSnapshotAreIgnored() {
        account.reload(new AccountLoad(
                List.of(new Balance("USDT", d("700.00"), d("700.00"))),
                List.of(new AccountLoad.Position("BTCUSDT", d("0.500"), d("100.00"), null, d("0"), null)),
                List.of(openOrder(2, "PARTIALLY_FILLED", "0.500", 5_000)),
                5_000));

        account.apply(balance(4_000, 4_001, "1.00"));
        account.apply(position(4_000, "BTCUSDT", "0.100", "100.00", "0"));
        account.apply(created(2, 4_000));

        assertThat(account.balance("USDT").orElseThrow().walletBalance()).isEqualByComparingTo("700.00");
        assertThat(account.position("BTCUSDT").orElseThrow().amount()).isEqualByComparingTo("0.500");
        assertThat(account.openOrder(2).orElseThrow().filled()).isEqualByComparingTo("0.500");
    }

    @Test
    void liveEventsAfterAReloadApply() {
        account.reload(new AccountLoad(List.of(), List.of(), List.of(openOrder(2, "NEW", "0", 5_000)), 5_000));

        account.apply(ended(2, "CANCELED", "0", 6_000));

        assertThat(account.openOrders()).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::orderId).containsExactly(2L);
    }

    @Test
    void drainingTwiceGivesNothingTheSecondTime() {
        account.apply(created(1, 1_000));
        account.drainChanges();

        assertThat(account.drainChanges().isEmpty()).isTrue();
    }
}
