package com.bitzoom.desk.ui.account;

import com.bitzoom.desk.market.Fill;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * The five tables of the account panel over the {@link AccountModel}'s row lists: Positions, Open
 * Orders, Order History, Fills, Balances. Prices and quantities are written to each row symbol's tick
 * and step size, money to cents; PnL is coloured by sign.
 *
 * <p>FX thread only.
 */
final class AccountTables {

    static final String POSITIONS_ID = "positions-table";
    static final String OPEN_ORDERS_ID = "open-orders-table";
    static final String HISTORY_ID = "order-history-table";
    static final String FILLS_ID = "fills-table";
    static final String BALANCES_ID = "balances-table";

    private final TableView<PositionRow> positions;
    private final TableView<OrderRow> openOrders;
    private final TableView<OrderRow> history;
    private final TableView<Fill> fills;
    private final TableView<BalanceRow> balances;

    /**
     * @param close  closes a position with a reduce-only market order
     * @param cancel cancels an open order
     */
    AccountTables(AccountModel model, SymbolRules rules, Consumer<PositionRow> close, Consumer<OrderRow> cancel) {
        positions = table(POSITIONS_ID, model.positions(), "No open positions");
        positions.getColumns().setAll(java.util.List.of(
                Columns.text("Symbol", PositionRow::symbol),
                Columns.side("Side", PositionRow::sideProperty),
                Columns.number("Size", PositionRow::sizeProperty, (r, v) -> rules.quantity(r.symbol(), v), false),
                Columns.number("Entry", PositionRow::entryPriceProperty, (r, v) -> rules.price(r.symbol(), v), false),
                Columns.number("Mark", PositionRow::markPriceProperty, (r, v) -> rules.price(r.symbol(), v), false),
                Columns.number("Unrealized PnL", PositionRow::unrealizedPnlProperty, (r, v) -> rules.money(v), true),
                Columns.number("ROE %", PositionRow::roePercentProperty, (r, v) -> SymbolRules.percent(v), true),
                Columns.number("Realized", PositionRow::realizedPnlProperty, (r, v) -> rules.money(v), true),
                Columns.button("", "Close", PositionRow::closingProperty, r -> true, close)));

        openOrders = table(OPEN_ORDERS_ID, model.openOrders(), "No open orders");
        openOrders.getColumns().setAll(java.util.List.of(
                Columns.time("Time", r -> constant(r.time())),
                Columns.text("Symbol", OrderRow::symbol),
                Columns.side("Side", r -> constant(r.side())),
                Columns.text("Type", OrderRow::type),
                Columns.number("Price", OrderRow::priceProperty, (r, v) -> orderPrice(rules, r, v), false),
                Columns.number("Quantity", OrderRow::quantityProperty, (r, v) -> rules.quantity(r.symbol(), v), false),
                Columns.number("Filled", OrderRow::filledProperty, (r, v) -> rules.quantity(r.symbol(), v), false),
                Columns.textProperty("Status", OrderRow::statusProperty),
                Columns.button("", "Cancel", OrderRow::cancellingProperty, r -> true, cancel)));

        history = table(HISTORY_ID, model.history(), "No finished orders yet");
        history.getColumns().setAll(java.util.List.of(
                Columns.time("Time", OrderRow::updateTimeProperty),
                Columns.text("Symbol", OrderRow::symbol),
                Columns.side("Side", r -> constant(r.side())),
                Columns.text("Type", OrderRow::type),
                Columns.number("Price", OrderRow::priceProperty, (r, v) -> orderPrice(rules, r, v), false),
                Columns.number("Avg price", OrderRow::averagePriceProperty, (r, v) -> orderPrice(rules, r, v), false),
                Columns.number("Quantity", OrderRow::quantityProperty, (r, v) -> rules.quantity(r.symbol(), v), false),
                Columns.number("Filled", OrderRow::filledProperty, (r, v) -> rules.quantity(r.symbol(), v), false),
                Columns.textProperty("Status", OrderRow::statusProperty)));

        fills = table(FILLS_ID, model.fills(), "No fills yet");
        fills.getColumns().setAll(java.util.List.of(
                Columns.time("Time", f -> constant(f.time())),
                Columns.text("Symbol", Fill::symbol),
                Columns.side("Side", f -> constant(f.side())),
                Columns.number("Price", f -> constant(f.price()), (f, v) -> rules.price(f.symbol(), v), false),
                Columns.number("Quantity", f -> constant(f.quantity()), (f, v) -> rules.quantity(f.symbol(), v), false),
                Columns.number("Realized PnL", f -> constant(f.realizedPnl()), (f, v) -> rules.money(v), true),
                Columns.number("Trade id", f -> constant(BigDecimal.valueOf(f.tradeId())), (f, v) -> v.toPlainString(),
                        false)));

        balances = table(BALANCES_ID, model.balances(), "No balances");
        balances.getColumns().setAll(java.util.List.of(
                Columns.text("Asset", BalanceRow::asset),
                Columns.number("Wallet", BalanceRow::walletBalanceProperty, (r, v) -> rules.money(v), false),
                Columns.number("Cross wallet", BalanceRow::crossWalletBalanceProperty, (r, v) -> rules.money(v), false)));
    }

    TableView<PositionRow> positions() {
        return positions;
    }

    TableView<OrderRow> openOrders() {
        return openOrders;
    }

    TableView<OrderRow> history() {
        return history;
    }

    TableView<Fill> fills() {
        return fills;
    }

    TableView<BalanceRow> balances() {
        return balances;
    }

    /** Shown in every empty table: how to sign in, or that nothing is there yet. */
    void showSignedOut(String sentence) {
        for (TableView<?> t : java.util.List.of(positions, openOrders, history, fills, balances)) {
            ((Label) t.getPlaceholder()).setText(sentence == null ? (String) t.getProperties().get("empty") : sentence);
        }
    }

    private static String orderPrice(SymbolRules rules, OrderRow r, java.math.BigDecimal v) {
        return v.signum() == 0 ? "MARKET" : rules.price(r.symbol(), v);
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new javafx.beans.property.ReadOnlyObjectWrapper<>(value);
    }

    private static <S> TableView<S> table(String id, javafx.collections.ObservableList<S> items, String empty) {
        TableView<S> t = new TableView<>(items);
        t.setId(id);
        t.getStyleClass().add(AccountStyles.ACCOUNT_TABLE);
        Label placeholder = new Label(empty);
        placeholder.getStyleClass().add(AccountStyles.MUTED);
        placeholder.setWrapText(true);
        t.setPlaceholder(placeholder);
        t.getProperties().put("empty", empty);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(24);
        return t;
    }
}
