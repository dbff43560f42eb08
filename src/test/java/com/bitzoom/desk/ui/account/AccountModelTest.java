package com.bitzoom.desk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.market.AccountChanges;
import com.bitzoom.desk.market.AccountLoad;
import com.bitzoom.desk.market.Balance;
import com.bitzoom.desk.protocol.AccountUpdate;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.OrderTradeUpdate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The panel's rows follow the account in place, and a reload never loses an event. */
class AccountModelTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static OrderTradeUpdate order(long id, String x, String status, String filled, long t, long tradeId,
                                          String lastQty, String rp) {
        return new OrderTradeUpdate("ORDER_TRADE_UPDATE", t + 1, t, new OrderTradeUpdate.Order("BTCUSDT", "c" + id,
                "BUY", "LIMIT", "GTC", d("1.000"), d("100.00"), d("100.00"), d("0"), x, status, id, d(lastQty),
                d(filled), d("100.00"), t, tradeId, d(rp)));
    }

    private static AccountUpdate position(long t, String amount, String entry) {
        return new AccountUpdate("ACCOUNT_UPDATE", t + 1, t, new AccountUpdate.Change("ORDER",
                List.of(new AccountUpdate.Balance("USDT", d("9990"), d("9990"))),
                List.of(new AccountUpdate.Position("BTCUSDT", d(amount), d(entry), d("0")))));
    }

    private static MarkPrice mark(String price) {
        return new MarkPrice("markPriceUpdate", 1, "BTCUSDT", d(price), d(price), d("0.0001"), 0);
    }

    private static AccountLoad load(long time, List<AccountLoad.OpenOrder> orders) {
        return new AccountLoad(List.of(new Balance("USDT", d("10000"), d("10000"))), List.of(), orders, time);
    }

    private final AccountModel model = new AccountModel();

    private void events(Object... ordered) {
        model.apply(List.of(), List.of(ordered));
    }

    @Test
    void aNewOrderGetsARowThatLaterEventsUpdateInPlace() {
        events(order(1, "NEW", "NEW", "0", 100, 0, "0", "0"));
        OrderRow row = model.openOrders().get(0);
        List<ListChangeListener.Change<? extends OrderRow>> listChanges = new ArrayList<>();
        model.openOrders().addListener((ListChangeListener<OrderRow>) listChanges::add);

        events(order(1, "TRADE", "PARTIALLY_FILLED", "0.400", 200, 7, "0.400", "0"));

        assertThat(model.openOrders()).containsExactly(row);
        assertThat(row.filledProperty().get()).isEqualByComparingTo("0.4");
        assertThat(row.statusProperty().get()).isEqualTo("PARTIALLY_FILLED");
        assertThat(listChanges).isEmpty();
    }

    @Test
    void aFinishedOrderLeavesOpenOrdersAndHeadsTheHistory() {
        events(order(1, "NEW", "NEW", "0", 100, 0, "0", "0"), order(2, "NEW", "NEW", "0", 110, 0, "0", "0"));
        events(order(1, "CANCELED", "CANCELED", "0", 200, 0, "0", "0"));
        events(order(2, "TRADE", "FILLED", "1.000", 300, 9, "1.000", "0"));

        assertThat(model.openOrders()).isEmpty();
        assertThat(model.history()).extracting(OrderRow::orderId).containsExactly(2L, 1L);
        assertThat(model.history().get(1).statusProperty().get()).isEqualTo("CANCELED");
        assertThat(model.fills()).singleElement().satisfies(f -> assertThat(f.tradeId()).isEqualTo(9));
    }

    @Test
    void anOrderAndAFillARecoveredLateTakeTheirPlaceByTimeInTheTables() {
        events(order(1, "TRADE", "FILLED", "1.000", 100, 1, "1.000", "0"));
        events(order(3, "TRADE", "FILLED", "1.000", 300, 3, "1.000", "0"));

        model.beginReload();
        model.reload(new AccountLoad(List.of(new Balance("USDT", d("10000"), d("10000"))), List.of(), List.of(), 400,
                List.of(new AccountLoad.OpenOrder(2, "c2", "BTCUSDT", "BUY", "LIMIT", "GTC", d("100.00"), d("1.000"),
                        d("1.000"), d("100"), "FILLED", 150, 200)),
                List.of(new com.bitzoom.desk.market.Fill(2, 2, 200, "BTCUSDT", "BUY", d("100.00"), d("1.000"), d("0")))));

        assertThat(model.history()).extracting(OrderRow::orderId).containsExactly(3L, 2L, 1L);
        assertThat(model.fills()).extracting(com.bitzoom.desk.market.Fill::tradeId).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aPositionRowFollowsTheMarkPriceAndGoesWhenFlat() {
        events(position(100, "0.010", "100.00"));
        PositionRow row = model.position("BTCUSDT").orElseThrow();
        assertThat(model.positionSymbolsProperty().get()).containsExactly("BTCUSDT");

        model.apply(List.of(mark("110.00")), List.of());
        assertThat(model.positions()).containsExactly(row);
        assertThat(row.unrealizedPnlProperty().get()).isEqualByComparingTo("0.1");
        assertThat(row.markPriceProperty().get()).isEqualByComparingTo("110");

        events(position(200, "0", "0"));
        assertThat(model.positions()).isEmpty();
        assertThat(model.positionSymbolsProperty().get()).isEmpty();
    }

    @Test
    void eventsThatArriveWhileAReloadIsFetchedAreAppliedAfterTheSnapshot() {
        model.beginReload();
        events(order(5, "NEW", "NEW", "0", 500, 0, "0", "0"));
        assertThat(model.openOrders()).isEmpty();

        model.reload(load(400, List.of()));

        assertThat(model.openOrders()).extracting(OrderRow::orderId).containsExactly(5L);
        assertThat(model.isReloading()).isFalse();
    }

    @Test
    void aHeldEventTheSnapshotAlreadyContainsChangesNothing() {
        events(order(5, "NEW", "NEW", "0", 100, 0, "0", "0"));
        model.beginReload();
        events(order(5, "TRADE", "PARTIALLY_FILLED", "0.500", 300, 3, "0.500", "0"));
        model.reload(load(400, List.of(new AccountLoad.OpenOrder(5, "c5", "BTCUSDT", "BUY", "LIMIT", "GTC",
                d("100.00"), d("1.000"), d("0.700"), d("100"), "PARTIALLY_FILLED", 100, 400))));

        assertThat(model.openOrder(5).orElseThrow().filledProperty().get()).isEqualByComparingTo("0.7");
        assertThat(model.fills()).hasSize(1); // the fill itself is still recorded once
    }

    @Test
    void aFailedReloadStillAppliesWhatWasHeld() {
        model.beginReload();
        events(order(8, "NEW", "NEW", "0", 500, 0, "0", "0"));
        model.reloadFailed();

        assertThat(model.openOrders()).extracting(OrderRow::orderId).containsExactly(8L);
    }

    @Test
    void aReloadReplacesBalancesAndOpenOrdersButKeepsHistoryAndFills() {
        events(order(1, "NEW", "NEW", "0", 100, 0, "0", "0"));
        events(order(1, "TRADE", "FILLED", "1.000", 150, 4, "1.000", "2.5"));
        events(order(2, "NEW", "NEW", "0", 160, 0, "0", "0"));

        model.beginReload();
        model.reload(load(400, List.of()));

        assertThat(model.openOrders()).isEmpty();
        assertThat(model.history()).hasSize(1);
        assertThat(model.fills()).hasSize(1);
        assertThat(model.balance("USDT").orElseThrow().walletBalanceProperty().get()).isEqualByComparingTo("10000");
    }

    @Test
    void listenersHearOfNewFillsAndFinishedOrdersEvenWhenAnotherListenerFails() {
        List<AccountChanges> heard = new ArrayList<>();
        model.addListener(c -> {
            throw new IllegalStateException("a broken view");
        });
        model.addListener(heard::add);

        events(order(1, "NEW", "NEW", "0", 100, 0, "0", "0"), order(1, "TRADE", "FILLED", "1.000", 150, 4, "1.000", "0"));

        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.newFills()).hasSize(1);
            assertThat(c.finishedOrders()).hasSize(1);
        });
    }

    @Test
    void clearForgetsEverything() {
        events(order(1, "NEW", "NEW", "0", 100, 0, "0", "0"), position(100, "1", "100"));
        model.clear();

        assertThat(model.openOrders()).isEmpty();
        assertThat(model.positions()).isEmpty();
        assertThat(model.positionSymbolsProperty().get()).isEqualTo(Set.of());
        assertThat(model.account().openOrders()).isEmpty();
    }

    @Test
    void overlappingReloadsHoldEventsUntilTheLastSnapshotSoAnOlderOneNeverUndoesThem() {
        AccountLoad.OpenOrder open = new AccountLoad.OpenOrder(1, "c1", "BTCUSDT", "BUY", "LIMIT", "GTC", d("100.00"),
                d("1.000"), d("0"), d("0"), "NEW", 1_000, 1_000);
        model.beginReload(); // a reconnect
        model.beginReload(); // a periodic reload right behind it
        events(order(1, "CANCELED", "CANCELED", "0", 2_000, 0, "0", "0"));

        model.reload(load(1_000, List.of(open)));
        assertThat(model.isReloading()).isTrue();
        model.reload(load(1_500, List.of(open)));

        assertThat(model.isReloading()).isFalse();
        assertThat(model.openOrders()).isEmpty();
        assertThat(model.history()).extracting(OrderRow::orderId).containsExactly(1L);
    }
}
