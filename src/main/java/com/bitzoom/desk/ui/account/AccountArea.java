package com.bitzoom.desk.ui.account;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The account area at the bottom of the window: the tabs Positions, Open Orders, Order History, Fills
 * and Balances (with counts), a status line on the tab bar (signed in, or how to sign in) with Cancel
 * all, and the order ticket on the right.
 *
 * <p>FX thread only.
 */
final class AccountArea extends BorderPane {

    static final String ID = "account-panel";
    static final String TABS_ID = "account-tabs";
    static final String STATUS_ID = "account-status";
    static final String CANCEL_ALL_ID = "cancel-all";
    static final String WALLET_ID = "account-wallet";
    static final String UNREALIZED_ID = "account-unrealized";

    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final Label wallet = new Label();
    private final Label unrealized = new Label();

    AccountArea(AccountModel model, AccountTables tables, OrderTicketPane ticket, AccountSession session,
                SymbolRules rules) {
        setId(ID);
        getStyleClass().add(AccountStyles.ACCOUNT_PANEL);
        getStylesheets().add(AccountStyles.css());

        tabs.setId(TABS_ID);
        tabs.getStyleClass().add("account-area");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab("positions", "Positions", model.positions(), tables.positions()),
                tab("open-orders", "Open Orders", model.openOrders(), tables.openOrders()),
                tab("order-history", "Order History", null, tables.history()),
                tab("fills", "Fills", null, tables.fills()),
                tab("balances", "Balances", null, tables.balances()));

        status.setId(STATUS_ID);
        status.getStyleClass().add(AccountStyles.BANNER);
        status.textProperty().bind(session.statusProperty());
        session.stateProperty().addListener((o, was, now) -> showState(tables, session));
        showState(tables, session);
        Button cancelAll = new Button("Cancel all");
        cancelAll.setId(CANCEL_ALL_ID);
        cancelAll.getStyleClass().add(AccountStyles.ROW_BUTTON);
        cancelAll.setFocusTraversable(false);
        cancelAll.disableProperty().bind(Bindings.isEmpty(model.openOrders()));
        cancelAll.setOnAction(e -> session.cancelAll());
        wallet.setId(WALLET_ID);
        unrealized.setId(UNREALIZED_ID);
        wallet.getStyleClass().addAll(AccountStyles.SUMMARY, AccountStyles.NUM);
        unrealized.getStyleClass().addAll(AccountStyles.SUMMARY, AccountStyles.NUM);
        model.addListener(changes -> {
            if (changes.reloaded() || !changes.balances().isEmpty() || !changes.positions().isEmpty()) {
                showSummary(model, rules);
            }
        });
        HBox corner = new HBox(10, status, wallet, unrealized, cancelAll);
        corner.setAlignment(Pos.CENTER_RIGHT);
        corner.getStyleClass().add(AccountStyles.TOOLBAR);
        corner.setPickOnBounds(false);
        corner.setMaxHeight(28);
        corner.setMaxWidth(USE_PREF_SIZE);
        StackPane center = new StackPane(tabs, corner);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);

        ticket.setPrefWidth(270);
        ticket.setMinWidth(230);
        setCenter(center);
        setRight(ticket);
    }

    /** Wallet (USDT) and the unrealized PnL of all positions, beside the status: O(positions) per change. */
    private void showSummary(AccountModel model, SymbolRules rules) {
        var usdt = model.account().balance("USDT");
        wallet.setText(usdt.map(b -> "Wallet " + rules.money(b.walletBalance()) + " USDT").orElse(""));
        if (model.positions().isEmpty()) {
            unrealized.setText("");
            return;
        }
        java.math.BigDecimal upnl = model.account().totalUnrealizedPnl();
        unrealized.setText("Unrealized " + (upnl.signum() > 0 ? "+" : "") + rules.money(upnl));
        unrealized.pseudoClassStateChanged(AccountStyles.UP, upnl.signum() > 0);
        unrealized.pseudoClassStateChanged(AccountStyles.DOWN, upnl.signum() < 0);
    }

    TabPane tabs() {
        return tabs;
    }

    private void showState(AccountTables tables, AccountSession session) {
        AccountSession.State s = session.stateProperty().get();
        boolean signedOut = s == AccountSession.State.SIGNED_OUT || s == AccountSession.State.REFUSED;
        tables.showSignedOut(signedOut ? session.statusProperty().get() : null);
        status.pseudoClassStateChanged(AccountStyles.ERROR, signedOut || s == AccountSession.State.RECONNECTING);
    }

    private static Tab tab(String id, String title, ObservableList<?> counted, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + id);
        if (counted != null) {
            t.textProperty().bind(Bindings.createStringBinding(
                    () -> counted.isEmpty() ? title : title + " (" + counted.size() + ")", counted));
        }
        return t;
    }
}
