package com.bitzoom.desk.market;

import static com.bitzoom.desk.market.AccountTest.created;
import static com.bitzoom.desk.market.AccountTest.openOrder;
import static com.bitzoom.desk.market.AccountTest.traded;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reload merges the exchange's recent record (allOrders, userTrades) into history and fills: what
 * finished or filled while the user stream was down is recovered, nothing is duplicated.
 */
class AccountReloadMergeTest {

    private final Account account = new Account();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static AccountLoad.OpenOrder finished(long id, String status, String filled, String avg, long updateTime) {
        return new AccountLoad.OpenOrder(id, "c" + id, "BTCUSDT", "BUY", "LIMIT", "GTC", d("100.00"), d("1.000"),
                d(filled), d(avg), status, updateTime - 100, updateTime);
    }

    private static Fill fill(long orderId, long tradeId, long time, String rp) {
        return new Fill(orderId, tradeId, time, "BTCUSDT", "BUY", d("100.00"), d("0.500"), d(rp));
    }

    private static AccountLoad load(List<AccountLoad.OpenOrder> open, List<AccountLoad.OpenOrder> recent,
                                    List<Fill> fills, long time) {
        return new AccountLoad(List.of(), List.of(), open, time, recent, fills);
    }

    @Test
    void anOrderThatFinishedWhileDisconnectedGoesToTheHistoryWithTheExchangesFinalFigures() {
        account.apply(created(1, 1_000));

        account.reload(load(List.of(), List.of(finished(1, "FILLED", "1.000", "99.50", 2_000)), List.of(), 3_000));

        Order o = account.orderHistory().get(0);
        assertThat(o.orderId()).isEqualTo(1);
        assertThat(o.status()).isEqualTo("FILLED");
        assertThat(o.filled()).isEqualByComparingTo("1.000");
        assertThat(o.avgPrice()).isEqualByComparingTo("99.50");
        assertThat(o.updateTime()).isEqualTo(2_000);
    }

    @Test
    void anOrderNeverSeenThatFinishedWhileDisconnectedIsAddedToo() {
        account.reload(load(List.of(), List.of(finished(7, "CANCELED", "0", "0", 2_000)), List.of(), 3_000));

        assertThat(account.orderHistory()).extracting(Order::orderId, Order::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "CANCELED"));
    }

    @Test
    void anOrderTheOpenSnapshotStillHoldsButTheRecordShowsFinishedIsFinished() {
        account.reload(load(List.of(openOrder(1, "NEW", "0", 1_000)),
                List.of(finished(1, "CANCELED", "0", "0", 2_000)), List.of(), 3_000));

        assertThat(account.openOrders()).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::orderId).containsExactly(1L);
    }

    @Test
    void openOrdersOfTheRecordAreLeftToTheOpenSnapshot() {
        account.reload(load(List.of(), List.of(openOrder(5, "NEW", "0", 2_000)), List.of(), 3_000));

        assertThat(account.openOrders()).isEmpty();
        assertThat(account.orderHistory()).isEmpty();
    }

    @Test
    void anOrderAlreadyInTheHistoryIsNotAddedAgain() {
        account.apply(traded(1, 10, "FILLED", "1.000", "1.000", 1_000, "0"));

        account.reload(load(List.of(), List.of(finished(1, "FILLED", "1.000", "100.00", 1_000)), List.of(), 3_000));

        assertThat(account.orderHistory()).hasSize(1);
    }

    @Test
    void aFillMissedWhileDisconnectedIsAddedAndItsRealizedPnlCounted() {
        account.reload(load(List.of(), List.of(), List.of(fill(1, 10, 2_000, "3.50")), 3_000));

        assertThat(account.fills()).containsExactly(fill(1, 10, 2_000, "3.50"));
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("3.50");
    }

    @Test
    void aFillAlreadyRecordedIsNotAddedAgainNorCountedTwice() {
        account.apply(traded(1, 10, "PARTIALLY_FILLED", "0.500", "0.500", 1_000, "2.00"));

        account.reload(load(List.of(), List.of(), List.of(fill(1, 10, 1_000, "2.00")), 3_000));

        assertThat(account.fills()).hasSize(1);
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("2.00");
    }

    @Test
    void theSnapshotsRealizedPnlOverridesTheSumOfMergedFills() {
        account.reload(new AccountLoad(List.of(),
                List.of(new AccountLoad.Position("BTCUSDT", d("0.500"), d("100.00"), null, d("0"), d("9.00"))),
                List.of(), 3_000, List.of(), List.of(fill(1, 10, 2_000, "3.50"))));

        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("9.00");
    }

    @Test
    void reloadingTheSameRecordTwiceChangesNothing() {
        AccountLoad load = load(List.of(), List.of(finished(1, "FILLED", "1.000", "100.00", 2_000)),
                List.of(fill(1, 10, 2_000, "1.00")), 3_000);
        account.reload(load);
        account.drainChanges();

        account.reload(load);

        assertThat(account.orderHistory()).hasSize(1);
        assertThat(account.fills()).hasSize(1);
        assertThat(account.realizedPnl("BTCUSDT")).isEqualByComparingTo("1.00");
        AccountChanges again = account.drainChanges();
        assertThat(again.finishedOrders()).isEmpty();
        assertThat(again.newFills()).isEmpty();
    }

    @Test
    void mergedOrdersAndFillsAreReportedAsChanges() {
        account.reload(load(List.of(), List.of(finished(1, "FILLED", "1.000", "100.00", 2_000)),
                List.of(fill(1, 10, 2_000, "0")), 3_000));

        AccountChanges changes = account.drainChanges();
        assertThat(changes.finishedOrders()).extracting(Order::orderId).containsExactly(1L);
        assertThat(changes.newFills()).extracting(Fill::tradeId).containsExactly(10L);
    }

    @Test
    void aLiveEventNewerThanTheSnapshotStillAppliesAfterTheMerge() {
        account.reload(load(List.of(openOrder(2, "NEW", "0", 1_000)),
                List.of(finished(1, "CANCELED", "0", "0", 900)), List.of(), 1_000));

        account.apply(traded(2, 20, "PARTIALLY_FILLED", "0.500", "0.500", 1_500, "0"));

        assertThat(account.openOrder(2).orElseThrow().filled()).isEqualByComparingTo("0.500");
        assertThat(account.fills()).extracting(Fill::tradeId).containsExactly(20L);
    }

    @Test
    void aLaterEventForAnOrderTheRecordFinishedIsIgnored() {
        account.reload(load(List.of(), List.of(finished(1, "FILLED", "1.000", "100.00", 2_000)), List.of(), 3_000));

        account.apply(created(1, 1_000));

        assertThat(account.openOrders()).isEmpty();
        assertThat(account.orderHistory()).extracting(Order::status).containsExactly("FILLED");
    }

    @Test
    void aFinishedOrderOlderThanTheOldestOfAFullHistoryStaysOut() {
        Account small = new Account(10, 2, 2);
        small.reload(load(List.of(), List.of(finished(2, "CANCELED", "0", "0", 2_000),
                finished(3, "CANCELED", "0", "0", 3_000)), List.of(), 3_000));

        small.reload(load(List.of(), List.of(finished(1, "CANCELED", "0", "0", 1_000)), List.of(), 4_000));

        assertThat(small.orderHistory()).extracting(Order::orderId).containsExactly(2L, 3L);
    }

    @Test
    void aFillOlderThanTheOldestOfAFullFillListStaysOut() {
        Account small = new Account(10, 2, 2);
        small.reload(load(List.of(), List.of(), List.of(fill(2, 20, 2_000, "0"), fill(3, 30, 3_000, "0")), 3_000));

        small.reload(load(List.of(), List.of(), List.of(fill(1, 10, 1_000, "0")), 4_000));

        assertThat(small.fills()).extracting(Fill::tradeId).containsExactly(20L, 30L);
    }

    @Test
    void aNewerRecordPushesTheOldestOutOfAFullHistory() {
        Account small = new Account(10, 2, 2);
        List<AccountLoad.OpenOrder> recent = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            recent.add(finished(id, "CANCELED", "0", "0", id * 1_000));
        }

        small.reload(load(List.of(), recent, List.of(), 4_000));

        assertThat(small.orderHistory()).extracting(Order::orderId).containsExactly(2L, 3L);
    }

    @Test
    void aFillRecoveredLateTakesItsPlaceByTimeSoTheBoundDropsTheOldestFirst() {
        Account small = new Account(10, 2, 2);
        small.apply(traded(2, 20, "PARTIALLY_FILLED", "0.500", "0.500", 2_000, "0"));
        small.reload(load(List.of(), List.of(), List.of(fill(1, 10, 1_000, "0")), 2_500)); // missed earlier

        small.apply(traded(3, 30, "PARTIALLY_FILLED", "0.500", "0.500", 3_000, "0"));

        assertThat(small.fills()).extracting(Fill::tradeId).containsExactly(20L, 30L);
    }

    @Test
    void anOrderRecoveredLateTakesItsPlaceByFinishTimeSoTheBoundDropsTheOldestFirst() {
        Account small = new Account(10, 2, 2);
        small.apply(AccountTest.ended(2, "CANCELED", "0", 2_000));
        small.reload(load(List.of(), List.of(finished(1, "CANCELED", "0", "0", 1_000)), List.of(), 2_500));

        small.apply(AccountTest.ended(3, "CANCELED", "0", 3_000));

        assertThat(small.orderHistory()).extracting(Order::orderId).containsExactly(2L, 3L);
    }

    @Test
    void aFillTheBoundDroppedIsNotLetBackInByALaterReload() {
        Account small = new Account(10, 2, 2);
        small.reload(load(List.of(), List.of(), List.of(fill(1, 10, 1_000, "0"), fill(2, 20, 2_000, "0"),
                fill(3, 30, 3_000, "0")), 3_000));
        small.drainChanges();

        small.reload(load(List.of(), List.of(), List.of(fill(1, 10, 1_000, "0"), fill(2, 20, 2_000, "0"),
                fill(3, 30, 3_000, "0")), 4_000));

        assertThat(small.fills()).extracting(Fill::tradeId).containsExactly(20L, 30L);
        assertThat(small.drainChanges().newFills()).isEmpty();
    }
}
